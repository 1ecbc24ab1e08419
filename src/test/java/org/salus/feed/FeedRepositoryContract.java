package org.salus.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.salus.article.ArticleStore;
import org.salus.article.ChangeKind;
import org.salus.article.ClinicalChange;
import org.salus.article.ContentType;
import org.salus.article.StoredRevisions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feed and sitemap SQL on every supported database: H2 ({@link FeedRepositoryTests}) and
 * PostgreSQL ({@link FeedRepositoryPostgresTests}). Reads the sample content; the one test that
 * writes rolls back. Other test classes may share a PostgreSQL database, so counts are bounds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class FeedRepositoryContract {

    @Autowired
    FeedRepository feeds;

    @Autowired
    StoredRevisions articles;

    @Autowired
    ArticleStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recentPublicationsAreNewestFirstWithReviewAndAtMostTheLimit() {
        List<FeedEntry> three = feeds.recentPublications(Optional.empty(), 3);

        assertThat(three).hasSize(3);
        assertThat(three).isSortedAccordingTo((a, b) -> b.lastPublished().compareTo(a.lastPublished()));
        FeedEntry insulin = feeds.recentPublications(Optional.of("en"), 500).stream()
                .filter(e -> e.slug().equals("insulin-resistance"))
                .findFirst()
                .orElseThrow();
        assertThat(insulin.changeKind()).isEqualTo(ChangeKind.CLINICAL);
        assertThat(insulin.change().kind()).isEqualTo(ClinicalChange.Kind.FIRST_PUBLISHED); // not its note
        assertThat(insulin.review().reviewerName()).isEqualTo("Dr. Lena Marsh");
        assertThat(insulin.firstPublished()).isEqualTo(insulin.lastPublished());
        assertThat(feeds.recentPublications(Optional.of("es"), 500))
                .allSatisfy(e -> assertThat(e.language()).isEqualTo("es"));
    }

    @Test
    void sitemapPagesCoverEveryPublishedArticleOnceBySlug() {
        int count = feeds.publishedArticleCount();
        List<SitemapUrl> first = feeds.publishedArticles(0, 4);
        List<SitemapUrl> all = feeds.publishedArticles(0, count);

        assertThat(count).isGreaterThanOrEqualTo(10);
        assertThat(first).hasSize(4).isEqualTo(all.subList(0, 4));
        assertThat(feeds.publishedArticles(4, 4)).isEqualTo(all.subList(4, 8));
        assertThat(all)
                .extracting(SitemapUrl::path)
                .doesNotHaveDuplicates()
                .contains("/topics/insulin-resistance", "/about/privacy", "/es/about/privacy");
        // in slug order: topics by their address, governance pages at their fixed /about addresses
        assertThat(all.stream()
                        .map(SitemapUrl::path)
                        .filter(path -> path.startsWith("/topics/"))
                        .toList())
                .isSorted();
        assertThat(all).allSatisfy(url -> assertThat(url.lastModified()).isNotNull());
        assertThat(feeds.publishedArticles(count, 4)).isEmpty();
        assertThat(feeds.latestArticlePublication())
                .get()
                .isEqualTo(all.stream()
                        .map(SitemapUrl::lastModified)
                        .max(Instant::compareTo)
                        .orElseThrow());
    }

    @Test
    void quizzesAreInTheFeedAndInSitemapPagesOfTheirOwnAtTheirQuizAddress() {
        int count = feeds.publishedQuizCount();
        List<SitemapUrl> quizzes = feeds.publishedQuizzes(0, count);

        assertThat(count).isGreaterThanOrEqualTo(3); // the bundled samples
        assertThat(quizzes)
                .extracting(SitemapUrl::path)
                .doesNotHaveDuplicates()
                .isSorted()
                .contains(
                        "/quizzes/test-your-blood-pressure-iq",
                        "/quizzes/test-your-cholesterol-iq",
                        "/quizzes/test-your-diabetes-iq")
                .allMatch(path -> path.startsWith("/quizzes/"));
        assertThat(quizzes).allSatisfy(url -> assertThat(url.lastModified()).isNotNull());
        assertThat(feeds.publishedQuizzes(count, 4)).isEmpty();
        assertThat(feeds.latestQuizPublication())
                .get()
                .isEqualTo(quizzes.stream()
                        .map(SitemapUrl::lastModified)
                        .max(Instant::compareTo)
                        .orElseThrow());
        assertThat(feeds.publishedArticles(0, 10_000))
                .extracting(SitemapUrl::path)
                .allMatch(path -> path.startsWith("/topics/") || path.matches("(/es)?/about(/.*)?"))
                .noneMatch(path -> path.contains("test-your-"));
        FeedEntry quiz = feeds.recentPublications(Optional.of("en"), 500).stream()
                .filter(e -> e.slug().equals("test-your-cholesterol-iq"))
                .findFirst()
                .orElseThrow();
        assertThat(quiz.contentType()).isEqualTo(ContentType.QUIZ);
        assertThat(quiz.path()).isEqualTo("/quizzes/test-your-cholesterol-iq");
        assertThat(quiz.review()).isNotNull();
    }

    @Test
    void termsComeWithTheirTranslationGroup() {
        List<SitemapUrl> terms = feeds.liveTerms(0, feeds.liveTermCount());

        assertThat(terms).extracting(SitemapUrl::path).contains("/dictionary/insulin", "/dictionary/insulina");
        SitemapUrl insulina = terms.stream()
                .filter(t -> t.path().equals("/dictionary/insulina"))
                .findFirst()
                .orElseThrow();
        assertThat(insulina.alternates())
                .contains(
                        new SitemapUrl.Alternate("es", "/dictionary/insulina"),
                        new SitemapUrl.Alternate("en", "/dictionary/insulin"));
        assertThat(feeds.latestTermUpdate()).isPresent();
    }

    @Test
    @Transactional
    void retiredArticlesLeaveFeedAndSitemap() {
        long id = articles.findBySlug("obesity").orElseThrow().id();
        store.retire(id, "test", Instant.parse("2026-11-29T13:00:00Z"));

        assertThat(feeds.recentPublications(Optional.empty(), 500))
                .noneMatch(e -> e.slug().equals("obesity"));
        assertThat(feeds.publishedArticles(0, 10_000)).noneMatch(u -> u.path().equals("/topics/obesity"));
    }

    @Test
    @Transactional
    void retiredQuizzesLeaveFeedAndSitemap() {
        long id = articles.findBySlug("test-your-diabetes-iq").orElseThrow().id();
        store.retire(id, "test", Instant.parse("2026-11-29T13:00:00Z"));

        assertThat(feeds.recentPublications(Optional.empty(), 500))
                .noneMatch(e -> e.slug().equals("test-your-diabetes-iq"));
        assertThat(feeds.publishedQuizzes(0, 10_000))
                .extracting(SitemapUrl::path)
                .doesNotContain("/quizzes/test-your-diabetes-iq")
                .contains("/quizzes/test-your-cholesterol-iq");
    }
}
