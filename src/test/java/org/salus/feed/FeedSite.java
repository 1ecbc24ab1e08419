package org.salus.feed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.salus.article.ArticleRepository;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleTranslationsChanged;
import org.salus.article.ArticleWriter;
import org.salus.article.Syndication;
import org.salus.article.content.ContentFileParser;
import org.salus.article.content.ContentImporter;
import org.salus.testsupport.Http;
import org.salus.testsupport.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes articles for the feed and sitemap tests the way the site does (content files through
 * the importer, the editor's publish and retire), each a minute after the last, on a site of its
 * own so other test classes never see them. Small sitemap files, so paging is exercised.
 * Registered by {@link Test} only (not a component: other test sites have no movable clock).
 */
class FeedSite {

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"salus.test.context=feeds", "salus.feed.sitemap-urls-per-file=4"})
    @Import({MutableClock.Config.class, Http.class, FeedSite.class})
    @interface Test {
    }

    private final ContentImporter importer;
    private final ArticleRepository articles;
    private final ArticleWriter writer;
    private final MutableClock clock;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    FeedSite(ContentImporter importer, ArticleRepository articles, ArticleWriter writer, MutableClock clock,
            JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.importer = importer;
        this.articles = articles;
        this.writer = writer;
        this.clock = clock;
    }

    /** Imports a reviewed revision (published) or, with {@code reviewed} false, a draft nobody approved. */
    void write(String slug, String title, String language, String changeKind, String changeNote, boolean reviewed) {
        clock.advance(Duration.ofMinutes(1));
        String review = reviewed
                ? "review: {reviewer: Dr. Ana Ruiz, credentials: MD, specialty: Cardiology, reviewed: 2026-11-01}\n"
                : "";
        String file = """
                ---
                slug: %s
                title: '%s'
                language: %s
                type: condition
                summary: A plain summary of %s, written for the feed tests.
                sources:
                  - {organisation: Salus tests, title: Written for the feed tests}
                %schange_note: '%s'
                change_kind: %s
                ---

                ## What is it? {section=overview}

                Text of %s as of %s.
                """.formatted(slug, title.replace("'", "''"), language, slug, review, changeNote.replace("'", "''"),
                changeKind, slug, clock.instant());
        importer.importAll(List.of(new ContentFileParser().parse(slug + ".md", file)));
    }

    /** Imports a draft and publishes it as the source's own text, as a syndicated import does. */
    void syndicate(String slug, String title, String attribution) {
        write(slug, title, "en", "clinical", "Imported.", false);
        ArticleRow row = articles.findBySlug(slug).orElseThrow();
        long revision = articles.revisionsOf(row.id()).get(0).id();
        writer.publishSyndicated(row, revision, new Syndication(attribution, LocalDate.of(2026, 11, 20)));
    }

    void retire(String slug) {
        clock.advance(Duration.ofMinutes(1));
        writer.retire(articles.findBySlug(slug).orElseThrow(), "Merged into another article.");
    }

    /** Links two articles as translations of each other, both ways, as the MedlinePlus import does. */
    void linkTranslations(String slug, String otherSlug) {
        long a = articles.findBySlug(slug).orElseThrow().id();
        long b = articles.findBySlug(otherSlug).orElseThrow().id();
        jdbc.sql("INSERT INTO article_translation (article_id, translation_id) VALUES (:a, :b), (:b, :a)")
                .param("a", a).param("b", b).update();
        events.publishEvent(new ArticleTranslationsChanged(a, b));
    }
}
