package org.salus.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ContentType;
import org.salus.review.ArticleIdentity;
import org.salus.review.EditorialWorkflow;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role's editorial home over HTTP, the header's counts, and notifications made from the audit log. */
@SiteTest
class NewsroomTests {

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    EditorialWorkflow workflow;

    @Autowired
    Notifier notifier;

    @Test
    void aWriterSeesTheirDraftsAndTheReviewersCommentOnChangesRequested() {
        UserAccount writer = people.create("hub-writer", Role.WRITER);
        UserAccount reviewer = people.create("hub-reviewer", Role.REVIEWER);
        long sentBack = submitted(writer, "hub-sent-back", "Insulin Resistance");
        workflow.requestChanges(reviewer, sentBack, "Define insulin resistance in the first paragraph.");
        long draft = workflow.saveDraft(
                writer, article("hub-draft"), Drafts.draft("Prediabetes").build(), 0);

        Document hub = hub("hub-writer");

        Element changes = hub.selectFirst("#changes-requested li");
        assertThat(changes.selectFirst("a").attr("href")).isEqualTo("/editor/revisions/" + sentBack);
        assertThat(changes.selectFirst(".reviewer-comment").text())
                .isEqualTo("Define insulin resistance in the first paragraph. Dr. Hub-reviewer");
        assertThat(hub.select("#my-drafts a").eachAttr("href")).containsExactly("/editor/revisions/" + draft);
        assertThat(hub.select("#awaiting-review, #approved, #stories, #feedback"))
                .isEmpty();
        assertThat(links(hub))
                .contains("/editor/articles/new", "/editor/dictionary", "/account/password")
                .doesNotContain("/editor/feedback", "/admin/users", "/moderation");
        assertThat(hub.selectFirst(".site-nav a[href=/editor] .work-count").text())
                .isEqualTo("Work 2");
        assertThat(hub.selectFirst(".hub-intro").text()).isEqualTo("Hello, Dr. Hub-writer. Items waiting for you: 2.");
    }

    @Test
    void aReviewerSeesWhatAwaitsTheirReviewAndOverdueReviews() {
        UserAccount writer = people.create("hub-writer2", Role.WRITER);
        people.create("hub-reviewer2", Role.REVIEWER);
        long waiting = submitted(writer, "hub-waiting", "Sleep Apnea");

        Document hub = hub("hub-reviewer2");

        assertThat(hub.select("#awaiting-review a").eachAttr("href")).contains("/editor/revisions/" + waiting);
        assertThat(hub.select("#overdue li").eachText()).contains("Acanthosis Nigricans · due May 10, 2026");
        assertThat(hub.select("#changes-requested, #my-drafts, #approved, #stories, #feedback"))
                .isEmpty();
    }

    @Test
    void anEditorSeesApprovedAndScheduledWithTheirTimesFeedbackAndEveryEditorPage() {
        UserAccount writer = people.create("hub-writer3", Role.WRITER);
        UserAccount reviewer = people.create("hub-reviewer3", Role.REVIEWER);
        UserAccount editor = people.create("hub-editor3", Role.EDITOR);
        long scheduled = submitted(writer, "hub-scheduled", "Heartburn");
        workflow.approve(reviewer, scheduled, null);
        workflow.publish(editor, scheduled, FixedClock.NOW.plus(Duration.ofDays(2)), null);

        Document hub = hub("hub-editor3");

        Element row = hub.select("#approved tr").stream()
                .filter(tr -> tr.text().contains("Heartburn"))
                .findFirst()
                .orElseThrow();
        assertThat(row.text()).contains("Scheduled December 1, 2026, 12:00 PM UTC");
        assertThat(hub.selectFirst("#feedback h2").text()).startsWith("Reader feedback to read");
        assertThat(hub.selectFirst("#overdue")).isNotNull();
        assertThat(links(hub)).contains("/editor/feedback", "/editor/images", "/editor/articles/new");
    }

    @Test
    void aModeratorsHomeHoldsTheStoriesToModerate() {
        people.create("hub-moderator", Role.MODERATOR);

        Document hub = hub("hub-moderator");

        assertThat(hub.selectFirst("#stories h2").text()).startsWith("Stories to moderate");
        assertThat(links(hub)).containsExactly("/moderation", "/account/password");
        assertThat(hub.select("#changes-requested, #awaiting-review, #approved, #feedback"))
                .isEmpty();
    }

    @Test
    void theAdministratorsHomeLinksEveryAdministrationPage() {
        people.create("hub-admin", Role.ADMIN);

        assertThat(links(hub("hub-admin")))
                .contains(
                        "/admin/users",
                        "/admin/reviewers",
                        "/admin/audit",
                        "/admin/imports",
                        "/admin/search",
                        "/admin/api-keys",
                        "/account/password");
    }

    @Test
    void everyLinkOnEachRolesHomeOpensForThatRole() {
        for (Role role : Role.values()) {
            String username = "hub-links-" + role.code();
            people.create(username, role);
            Visitor visitor = signedIn(username);
            for (String link : links(Http.html(visitor.get("/editor")))) {
                assertThat(visitor.get(link).statusCode()).as(role + " " + link).isEqualTo(200);
            }
        }
    }

    @Test
    void aReaderIsRefused() {
        Visitor reader = http.visitor();

        HttpResponse<String> hub = reader.get("/editor");
        assertThat(hub.statusCode()).isEqualTo(302);
        assertThat(hub.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(reader.post("/editor/notifications/read", Map.of()).statusCode())
                .isIn(302, 403);
    }

    @Test
    void submittingNotifiesReviewersAndTheReviewersAnswerNotifiesTheWriter() {
        UserAccount writer = people.create("note-writer", Role.WRITER);
        UserAccount reviewer = people.create("note-reviewer", Role.REVIEWER);
        long revision = submitted(writer, "note-article", "Shingles");

        notifier.run();

        // Reviewers hear of every submission, other tests' too: look for this one.
        Document reviewersHub = hub("note-reviewer");
        Element note = item(reviewersHub, "Shingles");
        assertThat(note.text()).contains("Awaiting your review: Shingles (revision 1)");
        assertThat(note.hasClass("unread")).isTrue();
        int unread = reviewersHub.select("#notifications li.unread").size();
        assertThat(reviewersHub.selectFirst("#notifications-h").text()).contains(unread + " unread");
        assertThat(reviewersHub.selectFirst(".site-nav .unread-count").text()).isEqualTo(unread + " new");
        assertThat(hub("note-writer").select("#notifications li"))
                .as("not told of their own step")
                .isEmpty();

        workflow.requestChanges(reviewer, revision, "Add how shingles spreads.");
        notifier.run();
        notifier.run(); // a second run finds nothing new

        Visitor writers = signedIn("note-writer");
        Element told = Http.html(writers.get("/editor")).selectFirst("#notifications li.unread");
        assertThat(told.text()).contains("Changes requested: Shingles (revision 1)", "Add how shingles spreads.");
        assertThat(Http.html(writers.get("/editor")).select("#notifications li"))
                .hasSize(1);

        String open = told.selectFirst("form").attr("action");
        HttpResponse<String> opened = writers.submit("/editor", open, Map.of());
        assertThat(opened.headers().firstValue("Location")).get().asString().endsWith("/editor/revisions/" + revision);
        Document after = Http.html(writers.get("/editor"));
        assertThat(after.select("#notifications li.unread")).isEmpty();
        assertThat(after.selectFirst("#notifications-h").text()).contains("0 unread");
    }

    @Test
    void nobodyMarksAnotherPersonsNotificationRead() {
        UserAccount writer = people.create("note-writer2", Role.WRITER);
        people.create("note-reviewer2", Role.REVIEWER);
        people.create("note-other", Role.WRITER);
        submitted(writer, "note-article2", "Measles");
        notifier.run();
        String open = item(hub("note-reviewer2"), "Measles").selectFirst("form").attr("action");

        Visitor other = signedIn("note-other");
        other.submit("/editor", open, Map.of());

        assertThat(item(hub("note-reviewer2"), "Measles").hasClass("unread")).isTrue();
    }

    @Test
    void readerPagesShowNoCountsEvenToSignedInStaff() {
        UserAccount writer = people.create("count-writer", Role.WRITER);
        workflow.saveDraft(writer, article("count-draft"), Drafts.draft("Hives").build(), 0);
        Visitor visitor = signedIn("count-writer");

        assertThat(Http.html(visitor.get("/editor")).select(".work-count")).isNotEmpty();
        Document reader = Http.html(visitor.get("/topics/acanthosis-nigricans"));
        assertThat(reader.select(".work-count, .unread-count")).isEmpty();
        assertThat(reader.select("a[href=/editor]")).isEmpty();
    }

    private static Element item(Document hub, String title) {
        return hub.select("#notifications li").stream()
                .filter(li -> li.text().contains(title))
                .findFirst()
                .orElseThrow();
    }

    private long submitted(UserAccount writer, String slug, String title) {
        long revision =
                workflow.saveDraft(writer, article(slug), Drafts.draft(title).build(), 0);
        workflow.submit(writer, revision);
        return revision;
    }

    private static ArticleIdentity article(String slug) {
        return new ArticleIdentity(slug, "en", ContentType.CONDITION);
    }

    private Document hub(String username) {
        return Http.html(signedIn(username).get("/editor"));
    }

    private Visitor signedIn(String username) {
        Visitor visitor = http.visitor();
        visitor.signIn(username, People.PASSWORD);
        return visitor;
    }

    private static List<String> links(Document hub) {
        return hub.select("#your-pages a").eachAttr("href");
    }
}
