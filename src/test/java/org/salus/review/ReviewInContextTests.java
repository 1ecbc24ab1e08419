package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ArticleRow;
import org.salus.article.ChangeKind;
import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionType;
import org.salus.article.Source;
import org.salus.article.StoredRevisions;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Review in context over real HTTP: the reviewer's change request, about one section, reaches the
 * writer on the revision page and in the editor form (beside that section, with the diff against
 * the live text one click away) and never a reader; a reviewer confirms one section of a live
 * article and readers see that section's own review date in both languages.
 */
@SiteTest
@OwnContext("review-sections") // publishes and confirms sections other classes' pages do not expect
class ReviewInContextTests {

    private static final String SLUG = "review-in-context";
    private static final String COMMENT = "Say which warning signs need a doctor the same day.";

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    Publisher publisher;

    @Autowired
    EditorialWorkflow workflow;

    @Autowired
    StoredRevisions articles;

    @Test
    void theWriterSeesTheChangeRequestBesideItsSectionOnTheRevisionPageAndInTheForm() {
        UserAccount writer = people.create("ctxwriter", Role.WRITER);
        people.create("ctxreviewer", Role.REVIEWER);
        long live = publisher.publish(SLUG, draft("First version"));
        long revision = workflow.saveDraft(writer, identity(), draft("Second version"), 1);
        workflow.submit(writer, revision);

        Visitor reviewer = signedIn("ctxreviewer");
        String page = "/editor/revisions/" + revision;
        Document before = Http.html(ok(reviewer.get(page)));
        assertThat(before.select("form[action=" + page + "/request-changes] select[name=section] option")
                        .eachAttr("value"))
                .containsExactly("", "overview", "symptoms");
        HttpResponse<String> sent =
                reviewer.submit(page, page + "/request-changes", Map.of("comments", COMMENT, "section", "symptoms"));
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(page);

        Visitor writerVisitor = signedIn("ctxwriter");
        Document revisionPage = Http.html(ok(writerVisitor.get(page)));
        Element block = revisionPage.selectFirst(".review-comments");
        assertThat(block.selectFirst(".review-comment-text").text()).isEqualTo(COMMENT);
        assertThat(block.selectFirst(".review-comment-about").text())
                .isEqualTo("About the section \"What are the symptoms?\"");
        assertThat(block.selectFirst(".review-comment-meta").text())
                .isEqualTo("Changes requested · Dr. Ctxreviewer on November 29, 2026, revision 2");
        assertThat(revisionPage
                        .selectFirst("section#symptoms .section-comments")
                        .text())
                .contains(COMMENT);
        assertThat(revisionPage.selectFirst("section#overview .section-comments"))
                .isNull();
        String diff = block.selectFirst("a#diff-live").attr("href");
        assertThat(diff).isEqualTo("/editor/articles/" + SLUG + "/diff?from=" + live + "&to=" + revision);
        assertThat(ok(writerVisitor.get(diff)).body()).contains("Second version");

        Document form = Http.html(ok(writerVisitor.get("/editor/articles/" + SLUG + "/edit")));
        assertThat(form.selectFirst(".review-comments .review-comment-text").text())
                .isEqualTo(COMMENT);
        assertThat(form.selectFirst(".review-comments a#diff-live").attr("href"))
                .isEqualTo(diff);

        // A reader reaches neither page, and the live page never carries the comment.
        Visitor reader = http.visitor();
        assertThat(reader.get(page).statusCode()).isEqualTo(302);
        assertThat(reader.get("/editor/articles/" + SLUG + "/edit").statusCode())
                .isEqualTo(302);
        assertThat(ok(reader.get("/topics/" + SLUG)).body()).doesNotContain(COMMENT);
    }

    @Test
    void aReviewerConfirmsOneSectionAndReadersSeeItsOwnDateInBothLanguages() {
        people.create("ctxconfirmer", Role.REVIEWER);
        Visitor reviewer = signedIn("ctxconfirmer");
        for (String slug : List.of("insulin-resistance", "resistencia-insulina")) {
            Document desk = Http.html(ok(reviewer.get("/editor/articles/" + slug)));
            assertThat(desk.select(".section-confirm input[name=section]").eachAttr("value"))
                    .contains("overview", "symptoms");
            HttpResponse<String> sent = reviewer.submit(
                    "/editor/articles/" + slug,
                    "/editor/articles/" + slug + "/confirm-section",
                    Map.of("section", "symptoms"));
            assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/editor/articles/" + slug);
            Document after = Http.html(ok(reviewer.get("/editor/articles/" + slug)));
            assertThat(after.select(".section-confirm td").eachText()).contains("November 29, 2026");
        }

        Document english = Http.html(ok(http.visitor().get("/topics/insulin-resistance")));
        assertThat(english.select("section#symptoms .section-reviewed").eachText())
                .containsExactly("This section reviewed on November 29, 2026");
        assertThat(english.select(".section-reviewed")).hasSize(1);
        Document spanish = Http.html(ok(http.visitor().get("/topics/resistencia-insulina")));
        assertThat(spanish.select("section#symptoms .section-reviewed").eachText())
                .containsExactly("Sección revisada el 29 de noviembre de 2026");

        JsonNode jsonLd = JsonMapper.builder()
                .build()
                .readTree(
                        english.selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.get("mainContentOfPage").get("@type").asString()).isEqualTo("WebPageElement");
        JsonNode symptoms = jsonLd.get("hasPart").get(2);
        assertThat(symptoms.get("@type").asString()).isEqualTo("HealthTopicContent");
        assertThat(symptoms.get("hasHealthAspect").asString()).isEqualTo("https://schema.org/SymptomsHealthAspect");
        assertThat(symptoms.get("url").asString()).endsWith("/topics/insulin-resistance#symptoms");
    }

    @Test
    void aSectionOnTheSameDayAsThePagesReviewShowsNoDateOfItsOwn() {
        people.create("ctxsameday", Role.REVIEWER);
        publisher.publish("same-day-sections", draft("Reviewed today"));
        Visitor reviewer = signedIn("ctxsameday");
        reviewer.submit(
                "/editor/articles/same-day-sections",
                "/editor/articles/same-day-sections/confirm-section",
                Map.of("section", "symptoms"));

        Document page = Http.html(ok(http.visitor().get("/topics/same-day-sections")));
        assertThat(page.select(".section-reviewed")).isEmpty();
    }

    @Test
    void writersAndReadersMayNotConfirmASection() {
        people.create("ctxwriter2", Role.WRITER);
        Visitor writer = signedIn("ctxwriter2");
        HttpResponse<String> refused = writer.submit(
                "/editor", "/editor/articles/insulin-resistance/confirm-section", Map.of("section", "overview"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Http.html(ok(writer.get("/editor/articles/insulin-resistance")))
                        .select(".section-confirm"))
                .as("no confirm form for a writer")
                .isEmpty();

        Visitor reader = http.visitor();
        HttpResponse<String> anonymous = reader.submit(
                "/login", // reader pages carry no form token; the sign-in page gives a reader one
                "/editor/articles/insulin-resistance/confirm-section",
                Map.of("section", "overview"));
        assertThat(anonymous.statusCode()).isIn(302, 403);
        assertThat(anonymous.headers().firstValue("Location").orElse("/login")).endsWith("/login");
        ArticleRow article = articles.findBySlug("insulin-resistance").orElseThrow();
        assertThat(Http.html(ok(http.visitor().get("/topics/insulin-resistance")))
                        .select("section#overview .section-reviewed"))
                .isEmpty();
        assertThat(article.publishedRevisionId()).isNotNull();
    }

    private static ArticleIdentity identity() {
        return new ArticleIdentity(SLUG, "en", ContentType.CONDITION);
    }

    private static RevisionDraft draft(String note) {
        return Drafts.draft("Review in context")
                .summary("A short summary for readers of this test article.")
                .sources(List.of(new Source("NICHD", "Gestational diabetes", "https://www.nichd.nih.gov/", null)))
                .overview("Some people get high blood sugar. " + note + ".")
                .section(SectionType.SYMPTOMS, "What are the symptoms?", "Most people have no symptoms.")
                .note(note, ChangeKind.CLINICAL)
                .build();
    }

    private Visitor signedIn(String username) {
        Visitor visitor = http.visitor();
        assertThat(visitor.signIn(username, People.PASSWORD).statusCode()).isEqualTo(302);
        return visitor;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
