package org.salus.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The admin upload refuses what it cannot run, with a message, and only administrators reach it. */
@SpringBootTest
@OwnContext("import-upload")
@AutoConfigureMockMvc
@Import(People.class)
class ImportUploadControllerTests {

    @Autowired
    People people;

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportJobs jobs;

    @Test
    void onlyFileImportsAreOfferedNotFoldersNorWholeSiteRestores() {
        assertThat(jobs.formats())
                .containsKeys("nci-glossary", "disease-ontology")
                .doesNotContainKey("content");
    }

    @Test
    void theUploadPageSaysWhatEachFormatDoesInWordsNotCommandLineSyntax() throws Exception {
        people.create("labels", Role.ADMIN);
        Document page = Jsoup.parse(
                mvc.perform(get("/admin/imports").with(user("labels").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(page.select("#f-format option").eachAttr("value"))
                .containsExactlyElementsOf(jobs.formats().keySet());
        assertThat(page.select("#f-format option, .import-formats dt, .import-formats dd")
                        .eachText())
                .hasSize(3 * jobs.formats().size())
                .allSatisfy(label -> assertThat(label)
                        .doesNotContain("--")
                        .doesNotContain("|")
                        .doesNotStartWith("imports.")
                        .doesNotContain("PATH"));
        Map<String, String> what = new LinkedHashMap<>();
        List<String> terms = page.select(".import-formats dt").eachText();
        List<String> meanings = page.select(".import-formats dd").eachText();
        for (int i = 0; i < terms.size(); i++) {
            what.put(terms.get(i), meanings.get(i));
        }
        assertThat(what)
                .hasEntrySatisfying(
                        "NCI Dictionary of Cancer Terms (.tsv.gz, or the CDR XML .zip)",
                        text -> assertThat(text).contains("live at once").doesNotContain("draft"))
                .hasEntrySatisfying(
                        "Human Disease Ontology (.obo or .obo.gz)",
                        text -> assertThat(text).contains("live at once").doesNotContain("draft"))
                .hasEntrySatisfying(
                        "MedlinePlus health topics (mplus_topics_YYYY-MM-DD.xml)",
                        text -> assertThat(text).contains("drafts awaiting our medical review"));
        assertThat(page.selectFirst("fieldset .hint").text())
                .isEqualTo("Only for MedQuAD and MedlinePlus articles. Dictionary terms (NCI, Disease Ontology) ignore"
                        + " this choice: they go live at once.");
    }

    @Test
    void anEmptyUploadIsRefusedWithAMessage() throws Exception {
        people.create("uploader", Role.ADMIN);
        MockHttpServletResponse response = mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", "empty.tsv", "text/plain", new byte[0]))
                        .param("format", "nci-glossary")
                        .with(csrf())
                        .with(user("uploader").roles("ADMIN")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("[role=alert]")
                        .text())
                .isEqualTo("Choose a file to upload.");
    }

    @Test
    void anUnknownFormatIsRefused() throws Exception {
        people.create("uploader2", Role.ADMIN);
        MockHttpServletResponse response = mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile("file", "x.zip", "application/zip", new byte[] {1, 2}))
                        .param("format", "content")
                        .with(csrf())
                        .with(user("uploader2").roles("ADMIN")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(jobs.recent()).isEmpty();
    }

    @Test
    void editorsCannotImport() throws Exception {
        assertThat(mvc.perform(get("/admin/imports").with(user("ed").roles("EDITOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
