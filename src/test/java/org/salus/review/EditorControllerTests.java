package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The editor's form: bad input comes back with messages beside the fields and nothing lost. */
@SpringBootTest(properties = "salus.test.context=editor-form")
@AutoConfigureMockMvc
@Import({People.class, FixedClock.class})
class EditorControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Test
    void invalidFieldsAreMarkedAndWhatWasTypedIsKept() throws Exception {
        people.create("formwriter", Role.WRITER);

        MockHttpServletResponse response = mvc.perform(post("/editor/articles").with(csrf())
                        .with(user("formwriter").roles("WRITER"))
                        .param("title", "Gestational <b>Diabetes</b>").param("contentType", "condition")
                        .param("summary", "too short").param("sources", "").param("body", "Some text with no heading")
                        .param("changeNote", "First").param("changeKind", "clinical").param("baseRevision", "0"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst("#f-summary-error").text()).isEqualTo("Write a summary of 20 to 1,000 characters.");
        assertThat(page.selectFirst("#f-summary").attr("aria-describedby")).isEqualTo("f-summary-error");
        assertThat(page.selectFirst("#f-sources-error")).isNotNull();
        assertThat(page.selectFirst("#f-body-error").text()).contains("text before the first section heading");
        assertThat(page.selectFirst("#f-title").val()).isEqualTo("Gestational <b>Diabetes</b>");
        assertThat(page.selectFirst("#f-body").text()).isEqualTo("Some text with no heading");
        assertThat(response.getContentAsString()).doesNotContain("<b>Diabetes</b>");
    }

    @Test
    void previewRendersTheDraftLikeTheReaderPageWithoutSavingIt() throws Exception {
        people.create("previewer", Role.WRITER);

        MockHttpServletResponse response = mvc.perform(post("/editor/articles").with(csrf())
                        .with(user("previewer").roles("WRITER")).param("preview", "1")
                        .param("title", "Preview Topic").param("contentType", "condition")
                        .param("summary", "A summary long enough to pass validation.")
                        .param("sources", "CDC | Page | https://www.cdc.gov/")
                        .param("body", "## Overview {section=overview}\n\nHello <script>alert(1)</script> reader.\n")
                        .param("changeNote", "First").param("changeKind", "clinical").param("baseRevision", "0"))
                .andReturn().getResponse();

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.selectFirst(".preview article.topic h1").text()).isEqualTo("Preview Topic");
        assertThat(page.selectFirst(".preview #overview").html()).doesNotContain("<script");
        assertThat(mvc.perform(get("/topics/preview-topic")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/editor/articles/preview-topic").with(user("previewer").roles("WRITER")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
