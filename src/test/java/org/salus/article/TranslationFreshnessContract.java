package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.Drafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The freshness rule on every supported database: a translation is behind once its original
 * publishes a newer clinical revision (not an editorial one) and catches up when a translation
 * revision made from that revision is published. Subclasses run it on H2
 * ({@link TranslationFreshnessTests}) and PostgreSQL ({@link TranslationFreshnessPostgresTests}).
 * Uses the bundled pair insulin-resistance → resistencia-insulina; every test rolls back, so it asks
 * past the cache (the change log drops cache entries only for committed changes; the HTTP tests in
 * {@code review.TranslationsBehindTests} cover the cached path).
 */
abstract class TranslationFreshnessContract {

    @Autowired
    TranslationFreshness freshness;

    @Autowired
    PublishedArticles articles;

    @Autowired
    StoredRevisions revisions;

    @Autowired
    ArticleWriter writer;

    @Test
    @Transactional
    void theBundledTranslationStartsFresh() {
        assertThat(freshness.behindNow(id("resistencia-insulina"))).isEmpty();
        assertThat(freshness.allBehind()).isEmpty();
    }

    @Test
    @Transactional
    void anEditorialChangeToTheOriginalDoesNotMakeItBehind() {
        republish("insulin-resistance", "Typo fixed.", ChangeKind.EDITORIAL);

        assertThat(freshness.behindNow(id("resistencia-insulina"))).isEmpty();
    }

    @Test
    @Transactional
    void aClinicalChangeToTheOriginalMakesItBehindUntilTheTranslationIsRepublished() {
        long translatedFrom = live("insulin-resistance");
        long clinical = republish("insulin-resistance", "New fasting glucose threshold.", ChangeKind.CLINICAL);

        var behind = freshness.behindNow(id("resistencia-insulina")).orElseThrow();
        assertThat(behind.originalSlug()).isEqualTo("insulin-resistance");
        assertThat(behind.originalLanguage()).isEqualTo("en");
        assertThat(behind.fromRevisionId()).isEqualTo(translatedFrom);
        assertThat(behind.toRevisionId()).isEqualTo(clinical);
        assertThat(freshness.allBehind())
                .extracting(TranslationFreshness.Behind::translationSlug)
                .containsExactly("resistencia-insulina");

        republish("resistencia-insulina", "Nuevo umbral de glucosa.", ChangeKind.CLINICAL);

        assertThat(freshness.behindNow(id("resistencia-insulina"))).isEmpty();
        assertThat(freshness.allBehind()).isEmpty();
    }

    @Test
    @Transactional
    void anEditorialChangeAfterAClinicalOneKeepsItBehind() {
        republish("insulin-resistance", "New advice.", ChangeKind.CLINICAL);
        republish("insulin-resistance", "Typo fixed.", ChangeKind.EDITORIAL);

        assertThat(freshness.behindNow(id("resistencia-insulina"))).isPresent();
    }

    private long republish(String slug, String summary, ChangeKind kind) {
        ArticleRow row = revisions.findBySlug(slug).orElseThrow();
        PublishedArticle before = articles.findPublished(slug).orElseThrow();
        RevisionDraft draft = Drafts.revisionOf(
                        revisions.loadDraft(before.revisionId()).orElseThrow())
                .summary(summary)
                .note(summary, kind)
                .build();
        long revision = writer.saveRevision(row, draft).orElseThrow();
        writer.approveAndPublish(row, revision, before.review());
        return revision;
    }

    private long id(String slug) {
        return revisions.findBySlug(slug).orElseThrow().id();
    }

    private long live(String slug) {
        return articles.findPublished(slug).orElseThrow().revisionId();
    }
}
