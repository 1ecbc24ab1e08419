package org.salus.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salus.changes.Change;
import org.salus.changes.Change.Kind;

/** What each kind of change purges, by the one naming the headers use. */
class CdnKeysTests {

    @Test
    void aPublicationPurgesItsArticlesAndEveryListOfArticles() {
        Set<String> keys = CdnKeys.toPurge(change(Kind.ARTICLE_PUBLISHED, Set.of(3L, 9L), Set.of(), Set.of()));

        assertThat(keys)
                .containsExactly(
                        "article-3",
                        "article-9",
                        "list-topics-en",
                        "list-topics-es",
                        "list-quizzes-en",
                        "list-quizzes-es",
                        "home-en",
                        "home-es",
                        "feeds",
                        "sitemaps");
    }

    @Test
    void aStoryPurgesItsTopicPageAndQuestionOnly() {
        assertThat(CdnKeys.toPurge(change(Kind.STORIES_CHANGED, Set.of(3L), Set.of(), Set.of(5L))))
                .containsExactly("article-3", "question-5");
    }

    @Test
    void aTermChangePurgesItsPagesTheDictionaryListsAndSitemaps() {
        assertThat(CdnKeys.toPurge(change(Kind.TERMS_CHANGED, Set.of(), Set.of(4L), Set.of())))
                .containsExactly("term-4", "list-dictionary-en", "list-dictionary-es", "sitemaps");
    }

    @Test
    void everyArticleOrEverythingPurgesAllAndAnApiKeyNothing() {
        Change relinked =
                new Change(1, Kind.ARTICLES_RELINKED, Set.of(), Set.of(), true, Set.of(), Set.of(), Set.of(), false);
        Change restored = new Change(2, Kind.RESTORED, Set.of(), Set.of(), false, Set.of(), Set.of(), Set.of(), true);
        Change key =
                new Change(3, Kind.API_KEY_ISSUED, Set.of(), Set.of(), false, Set.of(), Set.of(), Set.of(7L), false);

        assertThat(CdnKeys.toPurge(relinked)).containsExactly("all");
        assertThat(CdnKeys.toPurge(restored)).containsExactly("all");
        assertThat(CdnKeys.toPurge(key)).isEmpty();
    }

    @Test
    void aRelinkPurgesTheArticlesWhoseTextChangedAndNoList() {
        assertThat(CdnKeys.toPurge(change(Kind.ARTICLES_RELINKED, Set.of(3L, 9L), Set.of(), Set.of())))
                .containsExactly("article-3", "article-9");
    }

    @Test
    void aPageKeyIsItsAddressWithoutSlashesAsNginxNamesIt() {
        assertThat(CdnKeys.page("/")).isEqualTo("page-index");
        assertThat(CdnKeys.page("/es")).isEqualTo("page-es");
        assertThat(CdnKeys.page("/topics/obesity")).isEqualTo("page-topics-obesity");
        assertThat(CdnKeys.page("/es/dictionary")).isEqualTo("page-es-dictionary");
        assertThat(CdnKeys.page("/sitemaps/topics-1.xml")).isEqualTo("page-sitemaps-topics-1.xml");
    }

    @Test
    void aHeaderTooLongForACdnGivesUpItsArticleKeysForTheListKeys() {
        Set<String> many = new LinkedHashSet<>();
        many.add("term-1");
        for (long id = 1; id <= 2_000; id++) {
            many.add(CdnKeys.article(id));
        }

        assertThat(SurrogateKeys.written(many)).containsExactly("term-1", "all", "list-topics-en", "list-topics-es");
        assertThat(SurrogateKeys.written(Set.of("term-1"))).containsExactly("term-1", "all");
    }

    @Test
    void theSettingsNeverShowTheToken() {
        CdnProperties settings = new CdnProperties(
                Duration.ofSeconds(60),
                Duration.ofDays(1),
                Path.of("purge.jsonl"),
                URI.create("https://cdn.example/purge"),
                "s3cret-token",
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                Duration.ofMinutes(5));

        assertThat(settings.toString()).doesNotContain("s3cret-token").contains("purgeToken=(set)");
    }

    private static Change change(Kind kind, Set<Long> articles, Set<Long> terms, Set<Long> questions) {
        return new Change(7, kind, articles, Set.of(), false, terms, questions, Set.of(), false);
    }
}
