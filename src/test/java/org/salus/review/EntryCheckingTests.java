package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.account.Role;
import org.salus.article.StoredRevisions;
import org.salus.codes.Icd10cmFixture;
import org.salus.importing.Importer;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The editor form's code and source rows over real HTTP: what a writer is told when a code or a
 * source is refused, and what is saved when they are accepted. Codes are checked against a small
 * ICD-10-CM list written by the test (never the real file's text).
 */
@SiteTest
@OwnContext("code-entry")
class EntryCheckingTests {

    @TempDir
    Path folder;

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    List<Importer> importers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StoredRevisions articles;

    @Test
    void withoutAListIcd10cmCodesAreAcceptedAndTheFormSaysTheyWereNotChecked() {
        jdbc.sql("DELETE FROM code_list_entry").update();
        Visitor writer = writer("entry-writer-1");

        Document form = Http.html(writer.get("/editor/articles/new"));
        assertThat(form.selectFirst("#f-codes .entry-warning").text()).startsWith("No ICD-10-CM list is imported");

        HttpResponse<String> saved = save(writer, "unchecked-codes", code("ICD-10-CM", "E11.9", "Type 2 diabetes"));
        assertThat(saved.statusCode()).isEqualTo(302);
        importFixture();
        assertThat(Http.html(writer.get("/editor/articles/new")).select("#f-codes .entry-warning"))
                .isEmpty();
    }

    @Test
    void aCodeWrittenWithoutItsDotIsRefusedWithTheCodeToUse() {
        importFixture();
        Visitor writer = writer("entry-writer-2");

        HttpResponse<String> refused = save(writer, "dotless-code", code("ICD-10-CM", "E119", ""));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Http.html(refused);
        assertThat(page.select("#f-codes-error li").eachText())
                .containsExactly("E119 is not an ICD-10-CM code; did you mean E11.9?");
        assertThat(page.selectFirst("input[name=codeValue]").val()).isEqualTo("E119");
        assertThat(save(writer, "unknown-code", code("ICD-10-CM", "Z99.999", "Made up"))
                        .body())
                .contains("Z99.999 is not an ICD-10-CM code<");
    }

    @Test
    void aListedCodeWithoutANameTakesTheListsTitleAndTheFormShowsIt() {
        importFixture();
        Visitor writer = writer("entry-writer-3");

        HttpResponse<String> saved = save(writer, "listed-code", code("ICD-10-CM", "E11.9", ""));

        assertThat(saved.statusCode()).isEqualTo(302);
        long article = articles.findBySlug("listed-code").orElseThrow().id();
        var draft =
                articles.loadDraft(articles.revisionsOf(article).get(0).id()).orElseThrow();
        assertThat(draft.codes()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("E11.9");
            assertThat(c.display()).isEqualTo("Sugar illness kind two without trouble (test)");
        });
        Document edit = Http.html(writer.get("/editor/articles/listed-code/edit"));
        assertThat(edit.selectFirst(".code-row .code-title").text())
                .isEqualTo("ICD-10-CM title: Sugar illness kind two without trouble (test)");
    }

    @Test
    void snomedAndMeshCodesNeedANameAndTheirOwnForm() {
        Visitor writer = writer("entry-writer-4");

        assertThat(Http.html(save(writer, "snomed-no-name", code("SNOMED-CT", "44054006", "")))
                        .select("#f-codes-error li")
                        .eachText())
                .containsExactly("44054006: a SNOMED CT code needs a name beside it");
        assertThat(Http.html(save(writer, "snomed-typo", code("SNOMED-CT", "44054007", "Type 2 diabetes")))
                        .select("#f-codes-error li")
                        .eachText())
                .containsExactly("44054007 is not a SNOMED CT concept id: its check digit is wrong (a typo?)");
        assertThat(Http.html(save(writer, "mesh-wrong", code("MESH", "6973", "Hypertension")))
                        .select("#f-codes-error li")
                        .eachText())
                .containsExactly("6973 is not a MeSH descriptor id: it is D followed by 6 or 9 digits, like D006973");
        assertThat(save(writer, "snomed-ok", code("SNOMED-CT", "44054006", "Type 2 diabetes mellitus"))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void eachRefusedSourceIsNamedWithWhatIsWrong() {
        Visitor writer = writer("entry-writer-5");
        Map<String, String> fields = fields("bad-sources");
        fields.putAll(source("", "No organisation", "https://www.cdc.gov/diabetes/", ""));
        HttpResponse<String> first = writer.submit("/editor/articles/new", "/editor/articles", fields);
        assertThat(Http.html(first).select("#f-sources-error li").eachText())
                .containsExactly("source 1 (No organisation): the organisation is missing");

        assertThat(sourceProblem(writer, source("CDC", "Diabetes", "https://", "")))
                .isEqualTo("source 1 (Diabetes): the address https:// is not a valid web address"
                        + " (Expected authority at character 9)");
        assertThat(sourceProblem(writer, source("CDC", "Diabetes", "ftp://ftp.cdc.gov/x", "")))
                .isEqualTo(
                        "source 1 (Diabetes): the address ftp://ftp.cdc.gov/x does not start with https:// or http://");
        assertThat(sourceProblem(writer, source("CDC", "Diabetes", "https:///diabetes", "")))
                .isEqualTo("source 1 (Diabetes): the address https:///diabetes has no host name (like www.cdc.gov)");
        assertThat(sourceProblem(writer, source("CDC", "Diabetes", "https://www.cdc.gov/", "2026-12-01")))
                .isEqualTo("source 1 (Diabetes): the date accessed 2026-12-01 is in the future");
        assertThat(sourceProblem(writer, source("CDC", "", "https://www.cdc.gov/", "yesterday")))
                .isEqualTo(
                        "source 1: the title is missing, the date accessed 'yesterday' is not a date like 2026-11-30");
    }

    private String sourceProblem(Visitor writer, Map<String, String> source) {
        Map<String, String> fields = fields("source-check");
        fields.putAll(source);
        HttpResponse<String> response = writer.submit("/editor/articles/new", "/editor/articles", fields);
        assertThat(response.statusCode()).isEqualTo(422);
        return Http.html(response).selectFirst("#f-sources-error li").text();
    }

    private HttpResponse<String> save(Visitor writer, String slug, Map<String, String> code) {
        Map<String, String> fields = fields(slug);
        fields.putAll(code);
        fields.putAll(source("CDC", "Diabetes basics", "https://www.cdc.gov/diabetes/", "2026-11-01"));
        return writer.submit("/editor/articles/new", "/editor/articles", fields);
    }

    private static Map<String, String> fields(String slug) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("title", "Checked entry " + slug);
        fields.put("contentType", "condition");
        fields.put("summary", "A page written to see how codes and sources are checked.");
        fields.put("body", "## Overview {section=overview}\n\nSome text.\n");
        fields.put("changeNote", "First version.");
        fields.put("changeKind", "clinical");
        fields.put("baseRevision", "0");
        return fields;
    }

    static Map<String, String> code(String system, String code, String display) {
        return Map.of("codeSystem", system, "codeValue", code, "codeDisplay", display);
    }

    static Map<String, String> source(String organisation, String title, String url, String date) {
        return Map.of("sourceOrganisation", organisation, "sourceTitle", title, "sourceUrl", url, "sourceDate", date);
    }

    private Visitor writer(String name) {
        people.create(name, Role.WRITER);
        Visitor writer = http.visitor();
        writer.signIn(name, People.PASSWORD);
        return writer;
    }

    private void importFixture() {
        Path file = Icd10cmFixture.write(folder, "fixture.tsv.gz", Icd10cmFixture.ROWS);
        importers.stream()
                .filter(i -> i.format().equals("icd10cm"))
                .findFirst()
                .orElseThrow()
                .run(file, new PrintStream(PrintStream.nullOutputStream()));
    }
}
