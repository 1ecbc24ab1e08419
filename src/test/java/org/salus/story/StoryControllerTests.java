package org.salus.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Readers' stories over the full stack: questions on the topic page, submission, screening, moderation. */
@SpringBootTest
@OwnContext("stories")
@AutoConfigureMockMvc
@Import({People.class, FixedClock.class})
class StoryControllerTests {

    static final String DIET = "/topics/insulin-resistance/questions/diet";
    static final String STORY =
            "I cut back on white bread and sugary drinks and started eating more beans and vegetables. "
                    + "After six months my doctor said my blood sugar numbers were better.";
    static final AtomicInteger CLIENTS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    StoryRepository stories;

    @Autowired
    StorySubmissionGuard guard;

    @Autowired
    QuestionRepository questions;

    /** Each test is its own client address, so the per-client limit is tested only where meant. */
    final String client = "10.0.0." + CLIENTS.getAndIncrement();

    @Test
    void theTopicPageListsTheDoctorsQuestionsWithTheirCounts() throws Exception {
        Document page =
                html(mvc.perform(get("/topics/insulin-resistance")).andReturn().getResponse());

        assertThat(page.selectFirst("#stories h2").text()).isEqualTo("Patient Comments & Reviews");
        assertThat(page.selectFirst("#stories > p").text()).isEqualTo("The doctors ask about Insulin Resistance:");
        assertThat(page.select("#stories h3 a").eachText())
                .containsExactly("Insulin Resistance — Describe Your Experience", "Insulin Resistance — Diet");
        assertThat(page.select("#stories h3 a").eachAttr("href")).contains(DIET);
        assertThat(page.select("#stories li p").eachText())
                .anySatisfy(t -> assertThat(t)
                        .contains("What changes to your diet have helped manage your insulin resistance?")
                        .contains("stories"));
    }

    @Test
    void theQuestionPageShowsTheRulesAndTheForm() throws Exception {
        Document page = html(mvc.perform(get(DIET)).andReturn().getResponse());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Insulin Resistance — Diet");
        assertThat(page.selectFirst(".rules").text())
                .contains("moderator reads every story")
                .contains("call or text 988 (988 Suicide & Crisis Lifeline). In an emergency, call 911.");
        assertThat(page.select(".rules a").eachAttr("href")).contains("tel:988", "tel:911");
        assertThat(page.select(".story-form form input[name=website]")).hasSize(1);
        assertThat(page.select(".story-form form input[name=_csrf]")).hasSize(1);
    }

    @Test
    void aQuestionOnASpanishTopicIsAskedInSpanish() throws Exception {
        long article = questions.articleIdOf("resistencia-insulina").orElseThrow();
        questions.add(article, "Su experiencia", "¿Qué le ha ayudado?");

        Document page = html(mvc.perform(get("/topics/resistencia-insulina/questions/su-experiencia"))
                .andReturn()
                .getResponse());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst(".rules").text())
                .contains("Antes de escribir")
                .doesNotContain("Before you write");
        assertThat(page.select(".rules a").eachAttr("href")).contains("tel:988", "tel:911");
    }

    @Test
    void aStoryIsStoredPendingAndTheReaderIsToldAModeratorReadsItFirst() throws Exception {
        int pendingBefore = stories.pending(null, null).size();

        MockHttpServletResponse response = submit(STORY + " Quinoa porridge helped too.", "Maria");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(html(response).selectFirst("main").text()).contains("A moderator will read it before it appears");
        assertThat(stories.pending(null, null)).hasSize(pendingBefore + 1);
        assertThat(html(mvc.perform(get(DIET)).andReturn().getResponse()).text())
                .doesNotContain("Quinoa porridge");
    }

    @Test
    void badInputComesBackWithMessagesAndNothingLostAndScriptsInert() throws Exception {
        MockHttpServletResponse response = mvc.perform(post(DIET)
                        .with(csrf())
                        .with(address())
                        .param("displayName", "<b>X</b>")
                        .param("relationship", "patient")
                        .param("story", "<script>alert(1)</script>Too short"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = html(response);
        assertThat(page.selectFirst("#f-story-error").text())
                .contains("between 50 and 5000 characters")
                .contains("It has 34");
        assertThat(page.selectFirst("#f-agree-error").text()).contains("agree to the rules");
        assertThat(page.selectFirst("#f-story").text()).isEqualTo("<script>alert(1)</script>Too short");
        assertThat(page.selectFirst("#f-displayName").val()).isEqualTo("<b>X</b>");
        assertThat(response.getContentAsString())
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<b>X</b>");
    }

    @Test
    void aFilledHoneypotIsThankedButNothingIsKept() throws Exception {
        int pendingBefore = stories.pending(null, null).size();

        MockHttpServletResponse response = mvc.perform(
                        form(STORY + " Buy pills now", "Bot").param("website", "http://spam.example"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(stories.pending(null, null)).hasSize(pendingBefore);
    }

    @Test
    void crisisLanguageShowsHelpAtOnceAndGoesToTheTopOfTheQueue() throws Exception {
        submit(STORY, "Calm");

        MockHttpServletResponse response = submit(
                "Some days I feel there is no reason to live and I want to end my life. "
                        + "My diet is the least of my worries right now.",
                "Sam");

        Document page = html(response);
        assertThat(page.selectFirst(".notice-crisis").text())
                .contains("988 Suicide & Crisis Lifeline: call or text 988, or chat at 988lifeline.org/chat.")
                .contains("Crisis Text Line: text HOME to 741741.")
                .contains("If you are in danger right now, call 911")
                .contains("call 1-800-222-1222 (Poison Help)");
        assertThat(page.select(".notice-crisis a").eachAttr("href"))
                .contains("tel:988", "sms:741741", "tel:911", "tel:18002221222");
        Story first = stories.pending(null, null).get(0);
        assertThat(first.urgent()).isTrue();
        assertThat(first.displayName()).isEqualTo("Sam");
    }

    @Test
    void aModeratorPublishesWithPersonalDataMaskedAndTheCountsFollow() throws Exception {
        people.create("mod", Role.MODERATOR);
        submit(STORY + " Call me on 415-555-0123 if you want my recipes.", "Rosa");
        Story story = stories.pending(null, null).stream()
                .filter(s -> s.displayName().equals("Rosa"))
                .findFirst()
                .orElseThrow();
        assertThat(stories.findings(story.id()))
                .anySatisfy(f -> assertThat(f.flag()).isEqualTo("phone"));

        mvc.perform(post("/moderation/stories/" + story.id() + "/publish")
                .with(csrf())
                .with(user("mod").roles("MODERATOR")));

        Document question = html(mvc.perform(get(DIET)).andReturn().getResponse());
        assertThat(question.select(".story h3").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("Rosa"));
        assertThat(question.selectFirst(".story-body").text())
                .contains("[phone removed]")
                .doesNotContain("415-555-0123");
        Document topic =
                html(mvc.perform(get("/topics/insulin-resistance")).andReturn().getResponse());
        assertThat(topic.select("#stories li p").eachText())
                .anySatisfy(t -> assertThat(t).contains("1 story"));
    }

    @Test
    void theQueueFiltersByFlagArticleAndAge() throws Exception {
        people.create("mod3", Role.MODERATOR);
        submit(STORY + " My number is 415-555-0199.", "Filtered");

        Document byPhone = html(mvc.perform(get("/moderation")
                        .param("flag", "phone")
                        .with(user("mod3").roles("MODERATOR")))
                .andReturn()
                .getResponse());
        Document otherArticle = html(mvc.perform(get("/moderation")
                        .param("article", "prediabetes")
                        .with(user("mod3").roles("MODERATOR")))
                .andReturn()
                .getResponse());
        Document old = html(mvc.perform(get("/moderation")
                        .param("olderThanDays", "7")
                        .with(user("mod3").roles("MODERATOR")))
                .andReturn()
                .getResponse());

        assertThat(byPhone.select(".queue li").eachText())
                .anySatisfy(t -> assertThat(t).contains("Filtered"))
                .allSatisfy(t -> assertThat(t).contains("Phone number"));
        assertThat(otherArticle.select(".queue li")).isEmpty();
        assertThat(old.select(".queue li")).isEmpty();
    }

    @Test
    void markupInAPublishedStoryIsShownAsInertText() throws Exception {
        people.create("mod4", Role.MODERATOR);
        submit(
                STORY + " <img src=x onerror=alert(1)> **bold** <a href=\"javascript:alert(2)\">link</a>",
                "<script>alert(3)</script>");
        Story story = stories.pending(null, null).stream()
                .filter(s -> s.displayName().startsWith("<script>"))
                .findFirst()
                .orElseThrow();

        mvc.perform(post("/moderation/stories/" + story.id() + "/publish")
                .with(csrf())
                .with(user("mod4").roles("MODERATOR"))
                .param("restore", "true"));

        String html = mvc.perform(get(DIET)).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".story-body img, .story-body a, .story h3 script"))
                .isEmpty();
        assertThat(html)
                .doesNotContain("<img src=x")
                .doesNotContain("<script>alert(3)")
                .doesNotContain("<strong>bold");
        assertThat(page.select(".story-body").text())
                .contains("<img src=x onerror=alert(1)>")
                .contains("**bold**");
    }

    @Test
    void editorsAddAndRewordQuestions() throws Exception {
        people.create("qwriter", Role.WRITER);

        mvc.perform(post("/editor/articles/obesity/questions")
                .with(csrf())
                .with(user("qwriter").roles("WRITER"))
                .param("title", "Sleep")
                .param("prompt", "How has sleep affected your weight?"));
        Document topic = html(mvc.perform(get("/topics/obesity")).andReturn().getResponse());
        assertThat(topic.select("#stories h3 a").eachText()).contains("Obesity — Sleep");

        MockHttpServletResponse invalid = mvc.perform(post("/editor/articles/obesity/questions")
                        .with(csrf())
                        .with(user("qwriter").roles("WRITER"))
                        .param("title", "")
                        .param("prompt", "x"))
                .andReturn()
                .getResponse();
        assertThat(invalid.getRedirectedUrl()).endsWith("?problem=invalid");
        assertThat(mvc.perform(get("/topics/obesity/questions/sleep"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void rejectedStoriesNeverReachReadersAndAreKept() throws Exception {
        people.create("mod2", Role.MODERATOR);
        submit(STORY + " Visit my shop for a discount.", "Shop");
        Story story = stories.pending(null, null).stream()
                .filter(s -> s.displayName().equals("Shop"))
                .findFirst()
                .orElseThrow();

        mvc.perform(post("/moderation/stories/" + story.id() + "/reject")
                .with(csrf())
                .with(user("mod2").roles("MODERATOR"))
                .param("reason", "advertising")
                .param("note", "Links to a shop"));

        assertThat(stories.find(story.id()).orElseThrow().state()).isEqualTo(StoryState.REJECTED);
        assertThat(stories.find(story.id()).orElseThrow().decisionReason()).isEqualTo("advertising");
        assertThat(html(mvc.perform(get(DIET)).andReturn().getResponse()).text())
                .doesNotContain("Visit my shop");
    }

    @Test
    void aFloodFromOneClientGets429WithRetryAfter() throws Exception {
        for (int i = 0; i < guard.perClient; i++) {
            assertThat(submit(STORY, "Flood " + i).getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse response = submit(STORY, "Flood again");

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isPositive();
    }

    @Test
    void anOversizedBodyGets413() throws Exception {
        MockHttpServletResponse response = mvc.perform(post(DIET)
                        .with(csrf())
                        .with(address())
                        .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                        .content("displayName=Big&relationship=patient&agree=true&story=" + "x".repeat(40_000)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void aSubmissionWithoutTheFormsTokenIsRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(post(DIET)
                        .param("displayName", "No token")
                        .param("story", STORY)
                        .param("relationship", "patient")
                        .param("agree", "true")
                        .with(address()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse submit(String story, String name) throws Exception {
        return mvc.perform(form(story, name)).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder form(String story, String name) {
        return post(DIET)
                .with(csrf())
                .with(address())
                .param("displayName", name)
                .param("relationship", "patient")
                .param("ageRange", "45-64")
                .param("sex", "")
                .param("story", story)
                .param("agree", "true")
                .param("website", "");
    }

    private RequestPostProcessor address() {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }
}
