package org.salus.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A site outside the US: the story pages name its own crisis line and emergency number, never 911 or 988. */
@SpringBootTest
@OwnContext("stories-uk")
@AutoConfigureMockMvc
@TestPropertySource(
        properties = {
            "salus.safety.locales.en.emergency-number=999",
            "salus.safety.locales.en.crisis-lines[0].name=Samaritans",
            "salus.safety.locales.en.crisis-lines[0].number=116 123",
            "salus.safety.locales.en.crisis-lines[0].hours=24 hours a day, every day"
        })
class StoryControllerOtherCountryTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theQuestionPageNamesTheLocalCrisisLineAndEmergencyNumber() throws Exception {
        Document page = html(mvc.perform(get(StoryControllerTests.DIET))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.selectFirst(".rules").text())
                .contains("call 116 123 (Samaritans)")
                .contains("In an emergency, call 999.");
        assertThat(page.select(".rules a").eachAttr("href")).contains("tel:116123", "tel:999");
        assertThat(page.text()).doesNotContain("911").doesNotContain("988");
    }

    @Test
    void theCrisisMessageNamesOnlyTheLocalNumbers() throws Exception {
        String response = mvc.perform(post(StoryControllerTests.DIET)
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("10.0.9.1");
                            return r;
                        })
                        .param("displayName", "Sam")
                        .param("relationship", "patient")
                        .param("ageRange", "45-64")
                        .param("sex", "")
                        .param("website", "")
                        .param(
                                "story",
                                "Some days I feel there is no reason to live and I want to end my life. "
                                        + "My diet is the least of my worries right now.")
                        .param("agree", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = html(response);
        assertThat(page.selectFirst(".notice-crisis").text())
                .contains("Samaritans: call 116 123.")
                .contains("Hours: 24 hours a day, every day.")
                .contains("If you are in danger right now, call 999");
        // The page's text and its links, not the raw HTML: a content-hashed stylesheet name may hold "911".
        assertThat(page.body().text())
                .doesNotContain("911")
                .doesNotContain("988")
                .doesNotContain("741741");
        assertThat(page.select("a[href]").eachAttr("href"))
                .noneMatch(href -> href.contains("911") || href.contains("988") || href.contains("741741"));
    }

    private static Document html(String body) {
        return Jsoup.parse(body);
    }
}
