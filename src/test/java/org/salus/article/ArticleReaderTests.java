package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The published-page cache: served from memory, and dropped when anything is published. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("reader-cache")
class ArticleReaderTests {

    @Autowired
    ArticleReader reader;

    @Autowired
    ArticleWriter writer;

    @Autowired
    StoredRevisions articles;

    @Test
    void servesTheSameInstanceUntilAPublicationThenTheNewRevision() {
        PublishedArticle first = reader.published("metabolic-syndrome").orElseThrow();
        assertThat(reader.published("metabolic-syndrome").orElseThrow()).isSameAs(first);
        PublishedArticle relatedBefore = reader.published("insulin-resistance").orElseThrow();

        ArticleRow row = articles.findBySlug("metabolic-syndrome").orElseThrow();
        RevisionDraft draft = Drafts.draft("Metabolic Syndrome (revised)")
                .summary(first.summary())
                .alsoCalled(first.alsoCalled())
                .codes(first.codes())
                .sources(first.sources())
                .overview("Revised.")
                .note("Revision", ChangeKind.EDITORIAL)
                .build();
        long revision = writer.saveRevision(row, draft).orElseThrow();
        writer.approveAndPublish(row, revision, first.review());

        assertThat(reader.published("metabolic-syndrome").orElseThrow().title())
                .isEqualTo("Metabolic Syndrome (revised)");
        PublishedArticle relatedAfter = reader.published("insulin-resistance").orElseThrow();
        assertThat(relatedAfter.related()).extracting(RelatedArticle::title).contains("Metabolic Syndrome (revised)");
        assertThat(relatedAfter.version()).isNotEqualTo(relatedBefore.version());
    }
}
