package org.salus.imports.medquad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.article.ArticleRow;
import org.salus.article.Code;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionDraft;
import org.salus.article.SectionType;
import org.salus.article.StoredRevisions;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportOptions;
import org.salus.importing.ImportReport;
import org.salus.imports.ExternalArticles;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code import medquad} against a real database: the zip, a folder, re-imports, bad documents,
 * a zip cut short and the crosswalk. Each test names its files with its own prefix, so the tests
 * sharing this database never see each other's records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("medquad-import")
class MedQuadImporterTests {

    static final ImportOptions DRAFT = ImportOptions.DEFAULTS;
    static final ImportOptions SYNDICATED = new ImportOptions(ImportOptions.Mode.SYNDICATED);

    @Autowired
    MedQuadImporter importer;

    @Autowired
    ExternalArticles externalArticles;

    @Autowired
    StoredRevisions articles;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void importsEveryDocumentOfTheZipAsADraftAndASecondRunChangesNothing() {
        Path medquad = layout("a-");

        ImportReport first = run(medquad, DRAFT, Optional.empty());

        assertThat(first.summary()).isEqualTo("created 8, updated 0, unchanged 0");
        assertThat(first.notes()).isEmpty();
        assertThat(output())
                .contains("reading 8 MedQuAD documents from " + medquad.resolve(MedQuadFiles.ZIP_NAME))
                .contains("codes: UMLS, and ICD-10-CM, ICD-9-CM, SNOMED CT, MeSH from")
                .contains("medquad 8/8 (100%)")
                .contains("5_NIDDK_QA: 1 documents, 1 imported");
        assertThat(originIds("a-"))
                .containsExactly(
                        "1_CancerGov_QA/a-0000001_1",
                        "3_GHR_QA/a-0000001",
                        "4_MPlus_Health_Topics_QA/a-0000001",
                        "5_NIDDK_QA/a-0000001",
                        "6_NINDS_QA/a-0000001",
                        "7_SeniorHealth_QA/a-0000001",
                        "8_NHLBI_QA_XML/a-0000001",
                        "9_CDC_QA/a-0000001");

        ArticleRow niddk = article("5_NIDDK_QA/a-0000001");
        assertThat(niddk.publishedRevisionId()).isNull(); // a draft, waiting for this site's medical review
        RevisionDraft stored = newest(niddk);
        assertThat(stored.title()).isEqualTo("Lantern Kidney Syndrome");
        assertThat(stored.sections())
                .extracting(SectionDraft::type)
                .containsExactly(
                        SectionType.OVERVIEW,
                        SectionType.SYMPTOMS,
                        SectionType.CAUSES,
                        SectionType.DIAGNOSIS,
                        SectionType.TREATMENT,
                        SectionType.LIVING_WITH,
                        SectionType.OTHER);
        assertThat(stored.codes()).hasSize(8).contains(new Code("ICD-10-CM", "N28.89", "lantern kidney syndrome"));
        assertThat(stored.sources()).hasSize(2);
        // another document with the same focus gets the address with a suffix
        assertThat(article("7_SeniorHealth_QA/a-0000001").slug())
                .startsWith("lantern-kidney-syndrome-")
                .isNotEqualTo(niddk.slug());

        int revisions = revisionCount();
        ImportReport second = run(medquad, DRAFT, Optional.empty());

        assertThat(second.summary()).isEqualTo("created 0, updated 0, unchanged 8");
        assertThat(revisionCount()).isEqualTo(revisions);
        assertThat(originIds("a-")).hasSize(8);
    }

    @Test
    void theUnpackedFolderAndOneSubsetFolderAreTheSameRecordsAsTheZip() {
        Map<String, byte[]> documents = MedQuadFixtures.documents("b-");
        Path zip = MedQuadFixtures.zip(temp.resolve("medquad.zip"), documents);
        Path folder = MedQuadFixtures.unpack(temp.resolve("unpacked"), documents);

        assertThat(run(zip, DRAFT, Optional.of("none")).summary()).isEqualTo("created 8, updated 0, unchanged 0");
        assertThat(run(folder, DRAFT, Optional.of("none")).summary()).isEqualTo("created 0, updated 0, unchanged 8");
        assertThat(run(folder.resolve("5_NIDDK_QA"), DRAFT, Optional.of("none")).summary())
                .isEqualTo("created 0, updated 0, unchanged 1");
        assertThat(run(folder.resolve("3_GHR_QA/b-0000001.xml"), DRAFT, Optional.of("none"))
                        .summary())
                .isEqualTo("created 0, updated 0, unchanged 1");
        assertThat(originIds("b-")).hasSize(8);
    }

    @Test
    void aChangedDocumentUpdatesItsArticleWithANewRevision() throws IOException {
        Map<String, byte[]> documents = MedQuadFixtures.documents("f-");
        Path folder = MedQuadFixtures.unpack(temp.resolve("unpacked"), documents);
        run(folder, DRAFT, Optional.of("none"));
        Path ninds = folder.resolve("6_NINDS_QA/f-0000001.xml");
        Files.writeString(ninds, Files.readString(ninds).replace("the only treatment", "the best treatment"));

        ImportReport again = run(folder, DRAFT, Optional.of("none"));

        assertThat(again.summary()).isEqualTo("created 0, updated 1, unchanged 7");
        ArticleRow article = article("6_NINDS_QA/f-0000001");
        assertThat(articles.revisionsOf(article.id())).hasSize(2);
        assertThat(newest(article).sections().get(1).markdown()).contains("the best treatment");
    }

    @Test
    void syndicatedArticlesArePublishedWithTheirAttributionAndStayPublishedOnReimport() {
        Path zip = MedQuadFixtures.zip(temp.resolve("medquad.zip"), MedQuadFixtures.documents("s-"));

        assertThat(run(zip, SYNDICATED, Optional.of("none")).summary()).isEqualTo("created 8, updated 0, unchanged 0");

        ArticleRow cancer = article("1_CancerGov_QA/s-0000001_1");
        assertThat(cancer.publishedRevisionId()).isNotNull();
        assertThat(articles.findSyndication(cancer.publishedRevisionId())
                        .orElseThrow()
                        .attribution())
                .isEqualTo("National Cancer Institute (NCI), via MedQuAD; not the current PDQ summary");
        assertThat(run(zip, SYNDICATED, Optional.of("none")).summary()).isEqualTo("created 0, updated 0, unchanged 8");
        assertThat(article("1_CancerGov_QA/s-0000001_1").publishedRevisionId()).isEqualTo(cancer.publishedRevisionId());
    }

    @Test
    void badDocumentsAreSkippedWithFileAndLineAndTheRestIsImported() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("5_NIDDK_QA/c-0000001.xml", MedQuadFixtures.documents("").get("5_NIDDK_QA/0000001.xml"));
        for (String bad : List.of(
                "accented.xml",
                "billion-laughs.xml",
                "duplicate-question-id.xml",
                "html-entity.xml",
                "malformed.xml",
                "markup-in-answer.xml",
                "no-answers.xml",
                "no-focus.xml",
                "not-medquad.xml",
                "script-in-answer.xml",
                "unknown-element.xml")) {
            entries.put("5_NIDDK_QA/c-" + bad, MedQuadFixtures.bad(bad));
        }
        entries.put(
                "5_NIDDK_QA/c-latin1.xml",
                new String(MedQuadFixtures.bad("accented.xml"), StandardCharsets.UTF_8)
                        .getBytes(StandardCharsets.ISO_8859_1));
        entries.put(
                "5_NIDDK_QA/c-xxe.xml",
                new String(MedQuadFixtures.bad("external-entity.xml"), StandardCharsets.UTF_8)
                        .replace("SECRET_FILE", secret.toUri().toString())
                        .getBytes(StandardCharsets.UTF_8));
        entries.put("5_NIDDK_QA/c-twice.xml", MedQuadFixtures.documents("").get("8_NHLBI_QA_XML/0000001.xml"));
        entries.put("5_NIDDK_QA/c-twice.XML", MedQuadFixtures.documents("").get("9_CDC_QA/0000001.xml"));
        entries.put("2_GARD_QA/c-0000001.xml", MedQuadFixtures.documents("").get("3_GHR_QA/0000001.xml"));
        Path zip = MedQuadFixtures.zip(temp.resolve("mixed.zip"), entries);

        ImportReport report = run(zip, DRAFT, Optional.of("none"));

        assertThat(report.summary()).isEqualTo("created 5, updated 0, unchanged 0, skipped 12");
        assertThat(report.notes())
                .containsExactly(
                        "folder 2_GARD_QA: not one of the eight MedQuAD NIH subsets this importer accepts; its 1 documents"
                                + " were skipped (2_GARD_QA's licence is unclear; the A.D.A.M., drug and herbal subsets have"
                                + " no answers)",
                        "only UMLS codes were added (--crosswalk=none); give --crosswalk=PATH for ICD-10-CM, ICD-9-CM,"
                                + " SNOMED CT and MeSH codes",
                        "5_NIDDK_QA/c-billion-laughs.xml:13: has a DOCTYPE declaration; MedQuAD documents have none, and"
                                + " entities it declares (external files, entity expansion) are never read; skipped",
                        "5_NIDDK_QA/c-duplicate-question-id.xml:11: question id 0000094-1 appears a second time; left out",
                        "5_NIDDK_QA/c-html-entity.xml:8: uses the entity &nbsp; which XML does not define; entities are never"
                                + " expanded; skipped",
                        "5_NIDDK_QA/c-malformed.xml:9: not well-formed XML (The element type \"Answer\" must be terminated by"
                                + " the matching end-tag \"</Answer>\".); skipped",
                        "5_NIDDK_QA/c-markup-in-answer.xml:8: <answer> contains the element <b>; MedQuAD text is plain text,"
                                + " not markup; skipped",
                        "5_NIDDK_QA/c-no-answers.xml: no question has an answer; skipped",
                        "5_NIDDK_QA/c-no-focus.xml: no <Focus>, so the article would have no title; skipped",
                        "5_NIDDK_QA/c-not-medquad.xml:3: the root element is <recipe>, not <Document>; this is not a MedQuAD"
                                + " document; skipped",
                        "5_NIDDK_QA/c-script-in-answer.xml:8: the answer to question 0000095-1 contains HTML (<script>);"
                                + " MedQuAD answers are plain text; skipped",
                        "5_NIDDK_QA/c-unknown-element.xml:6: unknown element <Reviewer> ignored",
                        "5_NIDDK_QA/c-unknown-element.xml:14: question type 'side effects' is not one MedQuAD's NIH subsets"
                                + " use; imported as a section headed 'Side effects'",
                        "5_NIDDK_QA/c-latin1.xml:5: not UTF-8 text (byte 0xE9), although it is read as UTF-8; is the file in"
                                + " another encoding?; skipped",
                        "5_NIDDK_QA/c-xxe.xml:2: has a DOCTYPE declaration; MedQuAD documents have none, and entities it"
                                + " declares (external files, entity expansion) are never read; skipped",
                        "5_NIDDK_QA/c-twice.XML: a second document with the id 5_NIDDK_QA/c-twice (a repeated entry); the"
                                + " first one was imported, this one is skipped");
        assertThat(originIds("5_NIDDK_QA/c-"))
                .containsExactly(
                        "5_NIDDK_QA/c-0000001",
                        "5_NIDDK_QA/c-accented",
                        "5_NIDDK_QA/c-duplicate-question-id",
                        "5_NIDDK_QA/c-twice",
                        "5_NIDDK_QA/c-unknown-element");
        assertThat(newest(article("5_NIDDK_QA/c-twice")).title()).isEqualTo("Copper Lung"); // the first entry
        assertThat(jdbc.sql("SELECT COUNT(*) FROM revision_section WHERE body_markdown LIKE '%TOP-SECRET%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aZipCutShortInADocumentImportsTheDocumentsBeforeTheCutCompletely() throws IOException {
        Map<String, byte[]> documents = MedQuadFixtures.documents("d-");
        Path whole = MedQuadFixtures.zip(temp.resolve("whole.zip"), documents);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(temp.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length * 3 / 5));

        ImportReport report = run(cut, DRAFT, Optional.of("none"));

        assertThat(report.created()).isBetween(1, 7);
        assertThat(report.notes().get(0))
                .startsWith(cut + " is damaged or cut short: reading stopped after ")
                .endsWith("The documents before were imported completely; the rest were not read."
                        + " Import again from a complete copy.");
        List<String> imported = originIds("d-");
        assertThat(imported).hasSize(report.created());
        for (String id : imported) { // every document that is there is there whole
            RevisionDraft draft = newest(article(id));
            assertThat(draft.sections()).as(id).isNotEmpty();
            assertThat(draft.sources()).as(id).hasSize(2);
        }

        ImportReport again = run(whole, DRAFT, Optional.of("none"));

        assertThat(again.created()).isEqualTo(8 - report.created());
        assertThat(again.unchanged()).isEqualTo(report.created());
        assertThat(again.notes()).hasSize(1); // only the crosswalk note
    }

    @Test
    void aZipCutShortBetweenDocumentsSaysItsTableOfContentsIsMissing() throws IOException {
        Path whole = MedQuadFixtures.zip(temp.resolve("whole.zip"), MedQuadFixtures.documents("g-"));
        byte[] bytes = Files.readAllBytes(whole);
        // The end record's last fields give where the table of contents (central directory) starts.
        int centralDirectory = ByteBuffer.wrap(bytes, bytes.length - 6, 4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .getInt();
        Path cut = Files.write(temp.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, centralDirectory));

        ImportReport report = run(cut, DRAFT, Optional.of("none"));

        assertThat(report.created()).isEqualTo(8);
        assertThat(report.notes().get(0))
                .isEqualTo(cut + " is cut short: its table of contents is missing, so the"
                        + " file ends early after 9_CDC_QA/g-0000001.xml. The documents before were imported completely;"
                        + " the rest are missing. Import again from a complete copy.");
    }

    @Test
    void aFileThatIsNotAZipStopsTheImportBeforeAnythingChanges() throws IOException {
        Path notZip = Files.writeString(temp.resolve("medquad.zip"), "This is not a zip file.");

        assertThatThrownBy(() -> run(notZip, DRAFT, Optional.empty()))
                .isInstanceOf(ImportFailedException.class)
                .hasMessage(notZip + " is not a zip file holding MedQuAD XML documents (or is damaged from its start)");
    }

    @Test
    void aFolderWithoutMedQuadIsRefused() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThatThrownBy(() -> run(empty, DRAFT, Optional.empty()))
                .isInstanceOf(ImportFailedException.class)
                .hasMessage(empty + " holds no medquad-nih-subsets.zip and no MedQuAD XML files");
    }

    @Test
    void withoutACrosswalkTheArticlesHaveOnlyUmlsCodesAndTheReportSaysWhy() {
        Path medquad = Path.of(temp.toString(), "data", "medquad");
        MedQuadFixtures.zip(createDirectories(medquad).resolve(MedQuadFiles.ZIP_NAME), MedQuadFixtures.documents("e-"));

        ImportReport report = run(medquad, DRAFT, Optional.empty());

        assertThat(report.notes())
                .containsExactly("only UMLS codes were added (no DO-code-crosswalk.tsv.gz in "
                        + medquad.toAbsolutePath().resolveSibling("disease-ontology") + "); give --crosswalk=PATH for"
                        + " ICD-10-CM, ICD-9-CM, SNOMED CT and MeSH codes");
        assertThat(newest(article("5_NIDDK_QA/e-0000001")).codes())
                .extracting(Code::system)
                .containsExactly("UMLS", "UMLS");
    }

    @Test
    void theCrosswalkOptionComesFromTheCommandLine() {
        Path crosswalk = MedQuadFixtures.crosswalk(temp.resolve("elsewhere/crosswalk.tsv.gz"));
        Path zip = MedQuadFixtures.zip(temp.resolve("medquad.zip"), MedQuadFixtures.documents("h-"));
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of(
                "args",
                new DefaultApplicationArguments("import", "medquad", zip.toString(), "--crosswalk=" + crosswalk)));
        MedQuadImporter commandLine =
                new MedQuadImporter(externalArticles, beans.getBeanProvider(ApplicationArguments.class));

        ImportReport report = commandLine.run(zip, DRAFT, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(report.notes()).isEmpty();
        assertThat(newest(article("5_NIDDK_QA/h-0000001")).codes()).hasSize(8);
    }

    @Test
    void anUploadIgnoresACrosswalkBesideItAndNamesNoServerPath() {
        Path zip = layout("u-").resolve(MedQuadFiles.ZIP_NAME); // a crosswalk lies in ../disease-ontology

        ImportReport report =
                importer.run(zip, DRAFT.asUpload(), new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(report.notes())
                .containsExactly("only UMLS codes were added (no crosswalk is configured); the operator"
                        + " can set salus.imports.medquad-crosswalk for ICD-10-CM, ICD-9-CM, SNOMED CT and MeSH codes");
        assertThat(newest(article("5_NIDDK_QA/u-0000001")).codes())
                .extracting(Code::system)
                .containsOnly("UMLS");
        assertThat(output()).contains("from " + MedQuadFiles.ZIP_NAME + " (").doesNotContain(temp.toString());
    }

    @Test
    void anUploadUsesTheConfiguredCrosswalkAndSaysSo() {
        Path crosswalk = MedQuadFixtures.crosswalk(temp.resolve("operator/" + MedQuadCrosswalk.FILE_NAME));
        Path zip = MedQuadFixtures.zip(
                createDirectories(temp.resolve("upload")).resolve("medquad.zip"), MedQuadFixtures.documents("v-"));
        MedQuadImporter configured = new MedQuadImporter(
                externalArticles,
                new StaticListableBeanFactory().getBeanProvider(ApplicationArguments.class),
                crosswalk.getParent().toString());

        ImportReport report =
                configured.run(zip, DRAFT.asUpload(), new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(report.notes()).isEmpty();
        assertThat(newest(article("5_NIDDK_QA/v-0000001")).codes()).hasSize(8);
        assertThat(output())
                .contains("from the crosswalk set in salus.imports.medquad-crosswalk")
                .doesNotContain(temp.toString());
    }

    @Test
    void anUploadWhoseConfiguredCrosswalkIsMissingStopsWithoutNamingThePath() {
        Path zip = MedQuadFixtures.zip(
                createDirectories(temp.resolve("upload")).resolve("medquad.zip"), MedQuadFixtures.documents("w-"));
        MedQuadImporter configured = new MedQuadImporter(
                externalArticles,
                new StaticListableBeanFactory().getBeanProvider(ApplicationArguments.class),
                temp.resolve("gone").toString());

        assertThatThrownBy(() ->
                        configured.run(zip, DRAFT.asUpload(), new PrintStream(console, true, StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("salus.imports.medquad-crosswalk")
                .hasMessageNotContaining(temp.toString());
    }

    private Path layout(String prefix) {
        Path medquad = createDirectories(temp.resolve("data/medquad"));
        MedQuadFixtures.zip(medquad.resolve(MedQuadFiles.ZIP_NAME), MedQuadFixtures.documents(prefix));
        MedQuadFixtures.crosswalk(temp.resolve("data/disease-ontology/" + MedQuadCrosswalk.FILE_NAME));
        return medquad;
    }

    private ImportReport run(Path path, ImportOptions options, Optional<String> crosswalk) {
        return importer.run(path, options, crosswalk, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return console.toString(StandardCharsets.UTF_8);
    }

    /** The source ids of the MedQuAD records whose id contains {@code part}, in order. */
    private List<String> originIds(String part) {
        return jdbc.sql("SELECT source_id FROM article_origin WHERE source = 'medquad' AND source_id LIKE :p"
                        + " ORDER BY source_id")
                .param("p", "%" + part + "%")
                .query(String.class)
                .list();
    }

    private ArticleRow article(String sourceId) {
        String slug = jdbc.sql("""
                SELECT a.slug FROM article_origin o JOIN article a ON a.id = o.article_id
                WHERE o.source = 'medquad' AND o.source_id = :id""").param("id", sourceId).query(String.class).single();
        return articles.findBySlug(slug).orElseThrow();
    }

    private RevisionDraft newest(ArticleRow article) {
        return articles.loadDraft(articles.revisionsOf(article.id()).get(0).id())
                .orElseThrow();
    }

    private int revisionCount() {
        return jdbc.sql("SELECT COUNT(*) FROM revision").query(Integer.class).single();
    }

    private static Path createDirectories(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
