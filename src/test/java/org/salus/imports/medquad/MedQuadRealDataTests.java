package org.salus.imports.medquad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.salus.article.ArticleRow;
import org.salus.article.Code;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionDraft;
import org.salus.article.SectionType;
import org.salus.article.Source;
import org.salus.article.StoredRevisions;
import org.salus.importing.ImportOptions;
import org.salus.importing.ImportReport;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports the real MedQuAD zip when the shared data folder next to the project holds it (about a
 * minute); skipped otherwise. Its own database, so the fixture articles of the other tests are not
 * counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("medquad-real-data")
class MedQuadRealDataTests {

    static final Path DATA = Path.of("../shared/data/medquad");

    @Autowired
    MedQuadImporter importer;

    @Autowired
    StoredRevisions articles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsAllNihSubsetsOfMedQuadOnceAndASecondRunChangesNothing() {
        Assumptions.assumeTrue(Files.exists(DATA.resolve(MedQuadFiles.ZIP_NAME)), DATA + " is not there");

        ImportReport report =
                importer.run(DATA, ImportOptions.DEFAULTS, Optional.empty(), new PrintStream(System.out, true));
        System.out.println("medquad: " + report.summary() + "; notes: " + report.notes());

        // The zip's 2,812 documents: 2,803 articles, and 9 documents that cannot be articles.
        assertThat(report.created() + report.skipped()).isEqualTo(2812);
        assertThat(report.summary()).isEqualTo("created 2803, updated 0, unchanged 0, skipped 9");
        assertThat(report.notes())
                .containsExactlyInAnyOrder(
                        "5_NIDDK_QA/0000056.xml: no question has an answer; skipped",
                        "5_NIDDK_QA/0000064.xml: no question has an answer; skipped",
                        "5_NIDDK_QA/0000065.xml: no question has an answer; skipped",
                        "5_NIDDK_QA/0000077.xml: no question has an answer; skipped",
                        "5_NIDDK_QA/0000175.xml: no question has an answer; skipped",
                        "5_NIDDK_QA/0000177.xml: no question has an answer; skipped",
                        "9_CDC_QA/0000199.xml: no <Focus>, so the article would have no title; skipped",
                        "9_CDC_QA/0000423.xml: no <Focus>, so the article would have no title; skipped",
                        "9_CDC_QA/0000424.xml: no <Focus>, so the article would have no title; skipped");
        // the data README's documents per folder, less those 9
        assertThat(perFolder())
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(
                        "1_CancerGov_QA",
                        116,
                        "3_GHR_QA",
                        1086,
                        "4_MPlus_Health_Topics_QA",
                        981,
                        "5_NIDDK_QA",
                        157 - 6,
                        "6_NINDS_QA",
                        277,
                        "7_SeniorHealth_QA",
                        48,
                        "8_NHLBI_QA_XML",
                        88,
                        "9_CDC_QA",
                        59 - 3)));

        ArticleRow prediabetes = article("5_NIDDK_QA/0000044");
        assertThat(prediabetes.slug()).isEqualTo("insulin-resistance-and-prediabetes");
        RevisionDraft draft = articles.loadDraft(
                        articles.revisionsOf(prediabetes.id()).get(0).id())
                .orElseThrow();
        assertThat(draft.title()).isEqualTo("Insulin Resistance and Prediabetes");
        assertThat(draft.sections())
                .extracting(SectionDraft::type, SectionDraft::heading)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SectionType.OVERVIEW, "What is it?"),
                        org.assertj.core.groups.Tuple.tuple(SectionType.SYMPTOMS, "What are the symptoms?"),
                        org.assertj.core.groups.Tuple.tuple(SectionType.CAUSES, "What causes it?"),
                        org.assertj.core.groups.Tuple.tuple(SectionType.DIAGNOSIS, "How is it diagnosed?"),
                        org.assertj.core.groups.Tuple.tuple(SectionType.LIVING_WITH, "Living with it"),
                        org.assertj.core.groups.Tuple.tuple(SectionType.OTHER, "Points to remember"));
        assertThat(draft.sections().get(0).markdown()).contains("""
                - Insulin helps muscle, fat, and liver cells absorb glucose from the bloodstream, lowering blood \
                glucose levels.
                - Insulin stimulates the liver and muscle tissue to store excess glucose.""");
        assertThat(draft.summary()).startsWith("Insulin is a hormone made in the pancreas");
        assertThat(draft.sources().get(0))
                .isEqualTo(new Source(
                        "National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)",
                        "Insulin Resistance and Prediabetes",
                        "http://www.niddk.nih.gov/health-information/health-topics/Diabetes/insulin-resistance-prediabetes/Pages/index.aspx",
                        null));
        assertThat(draft.codes())
                .contains(
                        new Code("UMLS", "C0362046", "prediabetes syndrome"),
                        new Code("ICD-10-CM", "R73.03", "prediabetes syndrome"),
                        new Code("MESH", "D011236", "prediabetes syndrome"));

        assertThat(jdbc.sql("""
                SELECT COUNT(DISTINCT o.article_id) FROM article_origin o
                JOIN revision r ON r.article_id = o.article_id JOIN revision_code c ON c.revision_id = r.id
                WHERE o.source = 'medquad' AND c.code_system <> 'UMLS'""").query(Integer.class).single())
                .as("articles with crosswalk codes")
                .isEqualTo(1506);

        int revisions =
                jdbc.sql("SELECT COUNT(*) FROM revision").query(Integer.class).single();
        ImportReport again =
                importer.run(DATA, ImportOptions.DEFAULTS, Optional.empty(), new PrintStream(System.out, true));

        assertThat(again.summary()).isEqualTo("created 0, updated 0, unchanged 2803, skipped 9");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM revision")
                        .query(Integer.class)
                        .single())
                .isEqualTo(revisions);
    }

    private Map<String, Integer> perFolder() {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> ids = jdbc.sql("SELECT source_id FROM article_origin WHERE source = 'medquad'")
                .query(String.class)
                .list();
        ids.forEach(id -> counts.merge(id.substring(0, id.indexOf('/')), 1, Integer::sum));
        return counts;
    }

    private ArticleRow article(String sourceId) {
        String slug = jdbc.sql("""
                SELECT a.slug FROM article_origin o JOIN article a ON a.id = o.article_id
                WHERE o.source = 'medquad' AND o.source_id = :id""").param("id", sourceId).query(String.class).single();
        return articles.findBySlug(slug).orElseThrow();
    }
}
