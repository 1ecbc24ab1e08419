package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.content.ContentFile;
import org.salus.article.content.ContentFileException;
import org.salus.article.content.ContentFileParser;
import org.salus.article.content.ContentImporter;
import org.salus.importing.ImportReport;
import org.salus.testsupport.Drafts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing articles (revisions, publication, imports) as it must work on every supported database.
 * Subclasses run it against H2 ({@link ArticleStoreTests}) and PostgreSQL ({@link ArticleStorePostgresTests}).
 * Tests that write roll back, except the one that proves a failed import leaves no trace.
 */
abstract class ArticleStoreContract {

    @Autowired
    PublishedArticles articles;

    @Autowired
    StoredRevisions revisions;

    @Autowired
    ArticleWriter writer;

    @Autowired
    ContentImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional
    void aNewRevisionLeavesThePublishedOneUntilItIsApproved() {
        ArticleRow row = revisions.findBySlug("obesity").orElseThrow();
        PublishedArticle before = articles.findPublished("obesity").orElseThrow();

        RevisionDraft draft = Drafts.draft("Obesity (draft)")
                .summary("Changed summary.")
                .sources(before.sources())
                .overview("New text.")
                .note("Rewrite", ChangeKind.CLINICAL)
                .build();
        long revision = writer.saveRevision(row, draft).orElseThrow();

        assertThat(articles.findPublished("obesity").orElseThrow().revisionId()).isEqualTo(before.revisionId());
        assertThatThrownBy(() -> writer.publish(row, revision))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no approving medical review");
        assertThat(articles.findPublished("obesity").orElseThrow().title()).isEqualTo(before.title());
    }

    @Test
    @Transactional
    void revisionsAreKeptWhenANewOneIsPublished() {
        ArticleRow row = revisions.findBySlug("obesity").orElseThrow();
        PublishedArticle before = articles.findPublished("obesity").orElseThrow();
        RevisionDraft draft = Drafts.draft("Obesity")
                .summary("Updated summary.")
                .sources(before.sources())
                .overview("Updated.")
                .note("Update", ChangeKind.EDITORIAL)
                .build();
        long revision = writer.saveRevision(row, draft).orElseThrow();

        writer.approveAndPublish(row, revision, before.review());

        assertThat(articles.findPublished("obesity").orElseThrow().summary()).isEqualTo("Updated summary.");
        int stored = jdbc.sql("SELECT COUNT(*) FROM revision WHERE article_id = :id")
                .param("id", row.id())
                .query(Integer.class)
                .single();
        assertThat(stored).isEqualTo(2);
        String oldTitle = jdbc.sql("SELECT summary FROM revision WHERE id = :id")
                .param("id", before.revisionId())
                .query(String.class)
                .single();
        assertThat(oldTitle).isEqualTo(before.summary());
    }

    @Test
    @Transactional
    void reimportingTheSameFileAddsNothing() {
        ContentFile file = sampleFile("prediabetes");

        ImportReport report = importer.importAll(List.of(file));

        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.created() + report.updated()).isZero();
    }

    @Test
    @Transactional
    void importingAChangedFileAddsAndPublishesARevision() {
        ContentFile file = sampleFile("prediabetes");
        String changed = sampleText("prediabetes").replace("title: Prediabetes", "title: Prediabetes (updated)");

        ImportReport report = importer.importAll(List.of(new ContentFileParser().parse("prediabetes.md", changed)));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(articles.findPublished(file.slug()).orElseThrow().title()).isEqualTo("Prediabetes (updated)");
    }

    @Test
    @Transactional
    void aFileWithoutReviewIsStoredButNotPublished() {
        String unreviewed = sampleText("prediabetes")
                .replace("title: Prediabetes", "title: Prediabetes (draft)")
                .replaceAll("(?s)\\nreview:\\n(  [^\\n]*\\n)+", "\n");

        ImportReport report = importer.importAll(List.of(new ContentFileParser().parse("prediabetes.md", unreviewed)));

        assertThat(report.notes()).singleElement().asString().contains("no medical review");
        assertThat(articles.findPublished("prediabetes").orElseThrow().title()).isEqualTo("Prediabetes");
    }

    @Test
    void aFailedImportLeavesTheDatabaseAsItWas() {
        int revisionsBefore = count("revision");
        int articlesBefore = count("article");
        ContentFile good = new ContentFileParser()
                .parse(
                        "new-topic.md",
                        sampleText("obesity")
                                .replace("title: Obesity", "title: Brand New Topic")
                                .replaceAll("(?m)^slug: .*$", "slug: brand-new-topic")
                                .replaceAll("(?m)^former_slugs: .*$", ""));
        ContentFile broken = new ContentFileParser()
                .parse(
                        "broken.md",
                        sampleText("obesity")
                                .replace("title: Obesity", "title: Broken")
                                .replaceAll("(?m)^slug: .*$", "slug: broken-topic")
                                .replaceAll("(?s)related:\\n", "related:\n  - no-such-article\n"));

        assertThatThrownBy(() -> importer.importAll(List.of(good, broken)))
                .isInstanceOf(ContentFileException.class)
                .hasMessageContaining("broken.md:")
                .hasMessageContaining("related article 'no-such-article'");
        assertThat(count("revision")).isEqualTo(revisionsBefore);
        assertThat(count("article")).isEqualTo(articlesBefore);
        assertThat(revisions.findBySlug("brand-new-topic")).isEmpty();
    }

    @Test
    void twoFilesWithOneSlugAreRefusedNamingBoth() {
        ContentFile a = new ContentFileParser().parse("a.md", sampleText("obesity"));
        ContentFile b = new ContentFileParser().parse("b.md", sampleText("obesity"));

        assertThatThrownBy(() -> importer.importAll(List.of(a, b)))
                .hasMessageContaining("b.md:")
                .hasMessageContaining("also used by a.md");
    }

    @Test
    @Transactional
    void importingAQuizPublishesItWithItsQuestions() {
        ImportReport report = importer.importAll(List.of(quizFile(quizText())));

        assertThat(report.created()).isEqualTo(1);
        PublishedArticle quiz = articles.findPublished("test-your-insulin-iq").orElseThrow();
        assertThat(quiz.contentType()).isEqualTo(ContentType.QUIZ);
        assertThat(quiz.questions())
                .extracting(Question::kind)
                .containsExactly(QuestionKind.TRUE_FALSE, QuestionKind.MULTIPLE);
        assertThat(quiz.questions().get(1).correctKeys()).containsExactly("a", "b");
        assertThat(quiz.questions().get(1).supportAnchor()).isEqualTo("treatment");
        assertThat(quiz.questions().get(0).explanationHtml()).startsWith("<p>That is what insulin does.");
        assertThat(importer.importAll(List.of(quizFile(quizText()))).unchanged())
                .isEqualTo(1);
    }

    @Test
    @Transactional
    void aQuizLinkingASectionNoReaderCanSeeIsRefusedAtItsLine() {
        String text = quizText().replace("(insulin-resistance#treatment)", "(insulin-resistance#no-such-section)");
        int line = java.util.Arrays.asList(text.split("\n"))
                        .indexOf("Read more: [How is it treated?](insulin-resistance#no-such-section)")
                + 1;

        assertThatThrownBy(() -> importer.importAll(List.of(quizFile(text))))
                .isInstanceOf(ContentFileException.class)
                .hasMessage("test-your-insulin-iq.md:" + line + ": the quiz cannot be published: question 2 links to"
                        + " insulin-resistance#no-such-section, which is not a published article section"
                        + " (publish that article first)");
    }

    @Test
    @Transactional
    void aQuizMayLinkAnArticlePublishedByTheSameImport() {
        ContentFile article = new ContentFileParser()
                .parse(
                        "insulin-basics.md",
                        sampleText("obesity")
                                .replace("title: Obesity", "title: Insulin Basics")
                                .replaceAll("(?m)^slug: .*$", "slug: insulin-basics")
                                .replaceAll("(?m)^former_slugs: .*$", ""));
        String text = quizText().replace("(insulin-resistance#overview)", "(insulin-basics#overview)");

        importer.importAll(List.of(quizFile(text), article)); // the quiz first: it is published last

        assertThat(articles.findPublished("test-your-insulin-iq")).isPresent();
    }

    private static ContentFile quizFile(String text) {
        return new ContentFileParser().parse("test-your-insulin-iq.md", text);
    }

    private static String quizText() {
        try (var in = ArticleStoreContract.class.getResourceAsStream("/quiz/test-your-insulin-iq.md")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    static ContentFile sampleFile(String slug) {
        return new ContentFileParser().parse(slug + ".md", sampleText(slug));
    }

    static String sampleText(String slug) {
        try (var in = ArticleStoreContract.class.getResourceAsStream("/content/en/" + slug + ".md")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
