package org.salus.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.account.Role;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor form's code suggestions: for writers and editors, never for readers. */
@SiteTest
@OwnContext("code-entry")
class CodeSuggestControllerTests {

    @TempDir
    Path folder;

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    Icd10cmImporter importer;

    @Test
    void aWriterGetsCodesStartingWithWhatWasTypedAndCodesWhoseTitleHasIt() {
        importer.run(
                Icd10cmFixture.write(folder, "fixture.tsv.gz", Icd10cmFixture.ROWS),
                new PrintStream(PrintStream.nullOutputStream()));
        people.create("suggest-writer", Role.WRITER);
        Visitor writer = http.visitor();
        writer.signIn("suggest-writer", People.PASSWORD);

        HttpResponse<String> byCode = writer.get("/editor/codes/suggest?system=ICD-10-CM&q=e11.6");
        assertThat(byCode.statusCode()).isEqualTo(200);
        assertThat(byCode.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(byCode.body())
                .isEqualTo("[{\"code\":\"E11.6\",\"title\":\"Sugar illness kind two with other trouble (test)\","
                        + "\"billable\":false},{\"code\":\"E11.65\",\"title\":"
                        + "\"Sugar illness kind two with high sugar (test)\",\"billable\":true}]");
        assertThat(writer.get("/editor/codes/suggest?q=wheez").body()).contains("\"J45.909\"");
        assertThat(writer.get("/editor/codes/suggest?q=").body()).isEqualTo("[]");
    }

    @Test
    void readersAndReviewersAreRefused() {
        HttpResponse<String> reader = http.visitor().get("/editor/codes/suggest?q=E11");
        assertThat(reader.statusCode()).isEqualTo(302);
        assertThat(reader.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(reader.body()).doesNotContain("E11");

        people.create("suggest-reviewer", Role.REVIEWER);
        Visitor reviewer = http.visitor();
        reviewer.signIn("suggest-reviewer", People.PASSWORD);
        assertThat(reviewer.get("/editor/codes/suggest?q=E11").statusCode()).isEqualTo(403);
    }
}
