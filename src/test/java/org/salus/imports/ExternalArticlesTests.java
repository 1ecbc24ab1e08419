package org.salus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.article.ArticleStore;
import org.salus.article.ChangeKind;
import org.salus.article.ContentType;
import org.salus.article.MedicalReview;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionType;
import org.salus.article.StoredRevisions;
import org.salus.importing.ImportOptions.Mode;
import org.salus.imports.ExternalArticles.Outcome;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imported articles: found again by source id, drafts by default, and when syndicated shown with
 * their source and never as reviewed.
 */
@SiteTest
@OwnContext("external-articles")
class ExternalArticlesTests {

    @Autowired
    ExternalArticles external;

    @Autowired
    StoredRevisions articles;

    @Autowired
    ArticleStore store;

    @Autowired
    Http http;

    @Test
    void aReimportUpdatesTheSameArticleAndNeverDuplicatesIt() {
        assertThat(external.save(record("doc-1", "gout", "Gout is a kind of arthritis."), Mode.DRAFT))
                .isEqualTo(Outcome.CREATED);
        assertThat(external.save(record("doc-1", "gout", "Gout is a kind of arthritis."), Mode.DRAFT))
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(external.save(record("doc-1", "gout", "Gout is a common kind of arthritis."), Mode.DRAFT))
                .isEqualTo(Outcome.UPDATED);

        long id = articles.findBySlug("gout").orElseThrow().id();
        assertThat(articles.revisionsOf(id)).hasSize(2);
        assertThat(articles.findBySlug("gout").orElseThrow().publishedRevisionId())
                .isNull(); // a draft: not public
        assertThat(http.get("/topics/gout").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherRecordWantingATakenAddressGetsASuffix() {
        external.save(record("doc-obesity", "obesity", "Text from elsewhere."), Mode.DRAFT);

        assertThat(articles.findBySlug("obesity-2")).isPresent();
        assertThat(articles.revisionsOf(
                        articles.findBySlug("obesity").orElseThrow().id()))
                .allMatch(revision -> !revision.changeNote().equals("Imported"));
    }

    @Test
    void syndicatedContentIsPublishedWithItsSourceAndNeverCalledReviewed() {
        external.save(
                record("doc-2", "bursitis", "Bursitis is swelling of a small sac near a joint."), Mode.SYNDICATED);

        HttpResponse<String> response = http.get("/topics/bursitis");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Http.html(response);
        assertThat(page.select(".review-line").text())
                .isEqualTo("From Example Institute; not reviewed by Salus Health. Imported on November 29, 2026.");
        assertThat(page.select(".review-line a.reviewer")).isEmpty();
        String jsonLd = page.select("script[type=application/ld+json]").html();
        assertThat(jsonLd)
                .doesNotContain("reviewedBy")
                .doesNotContain("lastReviewed")
                .contains("\"sourceOrganization\":{\"@type\":\"Organization\",\"name\":\"Example Institute\"}");
    }

    @Test
    void syndicatedTextNeverReplacesTextThisSiteReviewed() {
        external.save(record("doc-3", "hip-pain", "First text."), Mode.SYNDICATED);
        long published = articles.findBySlug("hip-pain").orElseThrow().publishedRevisionId();
        // This site's reviewer then approves the live text.
        store.insertApprovingReview(
                published,
                new MedicalReview("Dr. Local", "MD", null, LocalDate.of(2026, 11, 29), LocalDate.of(2027, 11, 29)),
                null,
                "Checked",
                Instant.now());

        assertThat(external.save(record("doc-3", "hip-pain", "Second text."), Mode.SYNDICATED))
                .isEqualTo(Outcome.KEPT_AS_DRAFT);
        assertThat(articles.findBySlug("hip-pain").orElseThrow().publishedRevisionId())
                .isEqualTo(published);
    }

    private static ExternalArticle record(String id, String slug, String text) {
        RevisionDraft draft = Drafts.draft(
                        slug.substring(0, 1).toUpperCase() + slug.substring(1).replace('-', ' '))
                .summary(text + " It is summarised here for the test.")
                .code("UMLS", "C0018099", "Gout")
                .source("Example Institute", "Example page", "https://example.org/" + id)
                .section(SectionType.OVERVIEW, "What is it?", text)
                .by("Importer")
                .note("Imported", ChangeKind.CLINICAL)
                .build();
        return new ExternalArticle("test", id, "Example Institute", slug, "en", ContentType.CONDITION, draft);
    }
}
