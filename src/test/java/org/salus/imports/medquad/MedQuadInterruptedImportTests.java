package org.salus.imports.medquad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionLinker;
import org.salus.article.StoredRevisions;
import org.salus.importing.ImportOptions;
import org.salus.importing.ImportReport;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import that dies half-way leaves each document fully imported or not at all. The failure is
 * injected inside a document's own transaction, after its article row was written: the section
 * linker, which runs while the revision is stored, fails on that document's text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("medquad-interrupted")
@Import(MedQuadInterruptedImportTests.FailingLinker.class)
class MedQuadInterruptedImportTests {

    /** Stands for the process being killed: nothing catches it. */
    static final class SimulatedKill extends Error {
        SimulatedKill() {
            super("killed while storing a document");
        }
    }

    /** Fails when a section contains {@link #failOn}; {@code null} lets everything through. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailingLinker {

        static volatile String failOn;
        static volatile boolean kill;

        @Bean
        SectionLinker failingLinker() {
            return (html, anchor) -> {
                String marker = failOn;
                if (marker != null && html.contains(marker)) {
                    if (kill) {
                        throw new SimulatedKill();
                    }
                    throw new IllegalStateException("linker failed");
                }
                return html;
            };
        }
    }

    @Autowired
    MedQuadImporter importer;

    @Autowired
    StoredRevisions articles;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @AfterEach
    void disarm() {
        FailingLinker.failOn = null;
        FailingLinker.kill = false;
    }

    @Test
    void killedOnTheFifthDocumentTheFourBeforeAreCompleteAndTheRestAbsentThenARerunFinishes() {
        Path zip = MedQuadFixtures.zip(temp.resolve("medquad.zip"), MedQuadFixtures.documents("k-"));
        FailingLinker.failOn = "damp weather"; // the fifth document, 6_NINDS_QA/k-0000001.xml
        FailingLinker.kill = true;
        int articlesBefore = count("SELECT COUNT(*) FROM article");
        int revisionsBefore = count("SELECT COUNT(*) FROM revision");

        assertThatThrownBy(() -> run(zip)).isInstanceOf(SimulatedKill.class);

        assertThat(originIds())
                .containsExactly(
                        "1_CancerGov_QA/k-0000001_1",
                        "3_GHR_QA/k-0000001",
                        "4_MPlus_Health_Topics_QA/k-0000001",
                        "5_NIDDK_QA/k-0000001");
        for (String id : originIds()) {
            long article = articleId(id);
            assertThat(articles.revisionsOf(article)).as(id).hasSize(1);
            RevisionDraft draft = articles.loadDraft(
                            articles.revisionsOf(article).get(0).id())
                    .orElseThrow();
            assertThat(draft.sections()).as(id).isNotEmpty();
            assertThat(draft.sources()).as(id).hasSize(2);
        }
        // the document being stored left nothing behind: no article, no origin, no revision
        assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(articlesBefore + 4);
        assertThat(count("SELECT COUNT(*) FROM revision")).isEqualTo(revisionsBefore + 4);

        FailingLinker.failOn = null;
        ImportReport rerun = run(zip);

        assertThat(rerun.summary()).isEqualTo("created 4, updated 0, unchanged 4");
        assertThat(originIds()).hasSize(MedQuadFixtures.DOCUMENTS);
    }

    @Test
    void aDocumentTheDatabaseRefusesIsSkippedAndTheOthersAreImported() {
        Path zip = MedQuadFixtures.zip(temp.resolve("medquad.zip"), MedQuadFixtures.documents("r-"));
        FailingLinker.failOn = "sound like a bell"; // 8_NHLBI_QA_XML/r-0000001.xml

        ImportReport report = run(zip);

        assertThat(report.summary()).isEqualTo("created 7, updated 0, unchanged 0, skipped 1");
        assertThat(report.notes())
                .contains(
                        "8_NHLBI_QA_XML/r-0000001.xml: could not be stored (IllegalStateException: linker failed); skipped");
        assertThat(jdbc.sql("SELECT source_id FROM article_origin WHERE source_id LIKE '%/r-%' ORDER BY source_id")
                        .query(String.class)
                        .list())
                .hasSize(7)
                .doesNotContain("8_NHLBI_QA_XML/r-0000001");
    }

    private ImportReport run(Path zip) {
        return importer.run(
                zip, ImportOptions.DEFAULTS, Optional.of("none"), new PrintStream(OutputStream.nullOutputStream()));
    }

    private List<String> originIds() {
        return jdbc.sql("SELECT source_id FROM article_origin WHERE source_id LIKE '%/k-%' ORDER BY source_id")
                .query(String.class)
                .list();
    }

    private long articleId(String sourceId) {
        return jdbc.sql("SELECT article_id FROM article_origin WHERE source = 'medquad' AND source_id = :id")
                .param("id", sourceId)
                .query(Long.class)
                .single();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
