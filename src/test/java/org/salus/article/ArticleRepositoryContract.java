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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repository and import behaviour that must hold on every supported database. Subclasses run
 * it against H2 ({@link ArticleRepositoryTests}) and PostgreSQL ({@link ArticleRepositoryPostgresTests}).
 * Tests that write roll back, except the one that proves a failed import leaves no trace.
 */
abstract class ArticleRepositoryContract {

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleWriter writer;

    @Autowired
    ContentImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sampleContentIsPublishedWithSectionsInOrderAndRenderedHtml() {
        PublishedArticle article = articles.findPublished("insulin-resistance").orElseThrow();

        assertThat(article.title()).isEqualTo("Insulin Resistance");
        assertThat(article.sections()).extracting(Section::type).containsExactly(SectionType.OVERVIEW,
                SectionType.CAUSES, SectionType.SYMPTOMS, SectionType.DIAGNOSIS, SectionType.TREATMENT,
                SectionType.PREVENTION, SectionType.WHEN_TO_SEEK_CARE);
        assertThat(article.sections()).allSatisfy(s -> assertThat(s.html()).startsWith("<"));
        assertThat(article.codes()).extracting(Code::system).contains("ICD-10-CM");
        assertThat(article.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.organisation()).isNotBlank());
        assertThat(article.review().reviewerName()).isEqualTo("Dr. Lena Marsh");
        assertThat(article.review().nextReviewDue()).isEqualTo(article.review().reviewedOn().plusYears(3));
        assertThat(article.related()).extracting(RelatedArticle::slug).contains("high-cholesterol-in-children", "cholesterol-faqs");
    }

    @Test
    void unknownSlugFindsNothing() {
        assertThat(articles.findPublished("no-such-topic")).isEmpty();
    }

    @Test
    @Transactional
    void aNewRevisionLeavesThePublishedOneUntilItIsApproved() {
        ArticleRow row = articles.findBySlug("obesity").orElseThrow();
        PublishedArticle before = articles.findPublished("obesity").orElseThrow();

        RevisionDraft draft = new RevisionDraft("Obesity (draft)", "Changed summary.", List.of(), List.of(),
                before.sources(), List.of(), List.of(new SectionDraft(SectionType.OVERVIEW, "Overview", "New text.\n")),
                "writer", "Rewrite", ChangeKind.CLINICAL);
        long revision = writer.saveRevision(row, draft).orElseThrow();

        assertThat(articles.findPublished("obesity").orElseThrow().revisionId()).isEqualTo(before.revisionId());
        assertThatThrownBy(() -> writer.publish(row, revision))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no approving medical review");
        assertThat(articles.findPublished("obesity").orElseThrow().title()).isEqualTo(before.title());
    }

    @Test
    @Transactional
    void revisionsAreKeptWhenANewOneIsPublished() {
        ArticleRow row = articles.findBySlug("obesity").orElseThrow();
        PublishedArticle before = articles.findPublished("obesity").orElseThrow();
        RevisionDraft draft = new RevisionDraft("Obesity", "Updated summary.", List.of(), List.of(), before.sources(),
                List.of(), List.of(new SectionDraft(SectionType.OVERVIEW, "Overview", "Updated.\n")), "writer",
                "Update", ChangeKind.EDITORIAL);
        long revision = writer.saveRevision(row, draft).orElseThrow();

        writer.approveAndPublish(row, revision, before.review());

        assertThat(articles.findPublished("obesity").orElseThrow().summary()).isEqualTo("Updated summary.");
        int stored = jdbc.sql("SELECT COUNT(*) FROM revision WHERE article_id = :id").param("id", row.id())
                .query(Integer.class).single();
        assertThat(stored).isEqualTo(2);
        String oldTitle = jdbc.sql("SELECT summary FROM revision WHERE id = :id").param("id", before.revisionId())
                .query(String.class).single();
        assertThat(oldTitle).isEqualTo(before.summary());
    }

    @Test
    void formerSlugLeadsToTheCurrentOne() {
        assertThat(articles.findSlugByAlias("high-cholesterol-and-children")).contains("high-cholesterol-in-children");
        assertThat(articles.findSlugByAlias("never-existed")).isEmpty();
    }

    @Test
    void indexListsArticlesUnderTitlesAndOtherNames() {
        List<IndexEntry> index = articles.publishedIndex();

        assertThat(index).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("High Blood Pressure");
            assertThat(e.alternateName()).isFalse();
        });
        assertThat(index).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Hypertension");
            assertThat(e.slug()).isEqualTo("high-blood-pressure");
            assertThat(e.alternateName()).isTrue();
        });
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
        String unreviewed = sampleText("prediabetes").replace("title: Prediabetes", "title: Prediabetes (draft)")
                .replaceAll("(?s)\\nreview:\\n(  [^\\n]*\\n)+", "\n");

        ImportReport report = importer.importAll(List.of(new ContentFileParser().parse("prediabetes.md", unreviewed)));

        assertThat(report.notes()).singleElement().asString().contains("no medical review");
        assertThat(articles.findPublished("prediabetes").orElseThrow().title()).isEqualTo("Prediabetes");
    }

    @Test
    void aFailedImportLeavesTheDatabaseAsItWas() {
        int revisionsBefore = count("revision");
        int articlesBefore = count("article");
        ContentFile good = new ContentFileParser().parse("new-topic.md", sampleText("obesity")
                .replace("title: Obesity", "title: Brand New Topic").replaceAll("(?m)^slug: .*$", "slug: brand-new-topic")
                .replaceAll("(?m)^former_slugs: .*$", ""));
        ContentFile broken = new ContentFileParser().parse("broken.md", sampleText("obesity")
                .replace("title: Obesity", "title: Broken").replaceAll("(?m)^slug: .*$", "slug: broken-topic")
                .replaceAll("(?s)related:\\n", "related:\n  - no-such-article\n"));

        assertThatThrownBy(() -> importer.importAll(List.of(good, broken)))
                .isInstanceOf(ContentFileException.class)
                .hasMessageContaining("broken.md:")
                .hasMessageContaining("related article 'no-such-article'");
        assertThat(count("revision")).isEqualTo(revisionsBefore);
        assertThat(count("article")).isEqualTo(articlesBefore);
        assertThat(articles.findBySlug("brand-new-topic")).isEmpty();
    }

    @Test
    void twoFilesWithOneSlugAreRefusedNamingBoth() {
        ContentFile a = new ContentFileParser().parse("a.md", sampleText("obesity"));
        ContentFile b = new ContentFileParser().parse("b.md", sampleText("obesity"));

        assertThatThrownBy(() -> importer.importAll(List.of(a, b)))
                .hasMessageContaining("b.md:").hasMessageContaining("also used by a.md");
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    static ContentFile sampleFile(String slug) {
        return new ContentFileParser().parse(slug + ".md", sampleText(slug));
    }

    static String sampleText(String slug) {
        try (var in = ArticleRepositoryContract.class.getResourceAsStream("/content/en/" + slug + ".md")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
