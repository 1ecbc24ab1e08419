package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.article.StoredRevisions;
import org.salus.audit.AuditLog;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A governance page is edited through the same editorial workflow as an article, over real HTTP:
 * a writer's edit is a draft readers never see, a second person approves it, an editor publishes
 * it, and every step is in the audit log.
 */
@SiteTest
@OwnContext("governance-workflow") // changes the privacy notice other classes read
class GovernanceWorkflowTests {

    private static final String NEW_SENTENCE = "We answer requests to erase data within two weeks.";

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    AuditLog audit;

    @Autowired
    StoredRevisions revisions;

    @Test
    void anEditToThePrivacyNoticeIsReviewedPublishedAndAuditedAndNeverShownAsADraft() {
        people.create("govwriter", Role.WRITER);
        people.create("govreviewer", Role.REVIEWER);
        people.create("goveditor", Role.EDITOR);
        Visitor writer = signedIn("govwriter");

        HttpResponse<String> saved = writer.submit(
                "/editor/articles/privacy-notice/edit", "/editor/articles/privacy-notice/edit", edited(writer));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        long revision = newestRevision(writer);
        assertThat(readerSees()).as("a draft").doesNotContain(NEW_SENTENCE);

        post(writer, revision, "submit", Map.of());
        assertThat(readerSees()).as("submitted").doesNotContain(NEW_SENTENCE);

        Visitor reviewer = signedIn("govreviewer");
        post(reviewer, revision, "approve", Map.of("notes", "Matches our retention settings."));
        assertThat(readerSees()).as("approved, not yet published").doesNotContain(NEW_SENTENCE);

        Visitor editor = signedIn("goveditor");
        post(editor, revision, "publish", Map.of());
        assertThat(readerSees()).contains(NEW_SENTENCE);
        assertThat(Http.html(http.get("/es/about/privacy")).selectFirst("main").text())
                .as("the Spanish twin is its own page, unchanged")
                .doesNotContain(NEW_SENTENCE);

        long articleId = revisions.findBySlug("privacy-notice").orElseThrow().id();
        List<String> steps = audit.recent(articleId, 20).stream()
                .filter(entry -> revision == (entry.toRevision() == null ? -1 : entry.toRevision()))
                .map(entry -> entry.actor() + " " + entry.action())
                .toList();
        assertThat(steps)
                .contains(
                        "govwriter revision.saved",
                        "govwriter revision.submitted",
                        "govreviewer revision.approved",
                        "goveditor revision.published");
        HttpResponse<String> profile = http.get("/reviewers/dr-govreviewer");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(Http.html(profile).select("main a[href^=/about], main a[href*=privacy]"))
                .as("a governance page is no health article on the reviewer's profile")
                .isEmpty();
    }

    @Test
    void theWriterCannotApproveTheirOwnEditAndReadersCannotReachTheEditor() {
        people.create("govwriter2", Role.WRITER, Role.REVIEWER);
        Visitor writer = signedIn("govwriter2");
        writer.submit("/editor/articles/contact/edit", "/editor/articles/contact/edit", edited(writer, "contact"));
        long revision = newestRevision(writer, "contact");
        post(writer, revision, "submit", Map.of());

        HttpResponse<String> own = writer.submit(
                "/editor/revisions/" + revision, "/editor/revisions/" + revision + "/approve", Map.of("notes", "Fine"));
        assertThat(own.headers().firstValue("Location").orElse("")).contains("problem");
        assertThat(Http.html(http.get("/about/contact")).selectFirst("main").text())
                .doesNotContain(NEW_SENTENCE);
        assertThat(http.visitor().get("/editor/articles/contact/edit").statusCode())
                .isEqualTo(302); // to the sign-in page
    }

    private Map<String, String> edited(Visitor writer) {
        return edited(writer, "privacy-notice");
    }

    /** The edit form as the page fills it, with one sentence added to the last section. */
    private static Map<String, String> edited(Visitor writer, String slug) {
        Document page = Http.html(writer.get("/editor/articles/" + slug + "/edit"));
        Element form = page.selectFirst("form[action=/editor/articles/" + slug + "/edit]");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            if (name.equals("_csrf")
                    || name.equals("preview")
                    || field.attr("type").equals("submit")) {
                continue;
            }
            if (field.tagName().equals("select")) {
                Element chosen = field.selectFirst("option[selected]");
                fields.put(name, chosen == null ? field.selectFirst("option").val() : chosen.val());
            } else if (field.attr("type").equals("radio") || field.attr("type").equals("checkbox")) {
                if (field.hasAttr("checked")) {
                    fields.put(name, field.val());
                }
            } else {
                fields.put(name, field.tagName().equals("textarea") ? field.wholeText() : field.val());
            }
        }
        assertThat(fields.get("contentType")).isEqualTo("page");
        fields.put("body", fields.get("body").stripTrailing() + "\n\n" + NEW_SENTENCE + "\n");
        fields.put("changeNote", "Say how fast we answer erasure requests.");
        fields.put("changeKind", "editorial");
        return fields;
    }

    private long newestRevision(Visitor visitor) {
        return newestRevision(visitor, "privacy-notice");
    }

    private static long newestRevision(Visitor visitor, String slug) {
        return Http.html(visitor.get("/editor/articles/" + slug))
                .select("a[href^=/editor/revisions/]")
                .eachAttr("href")
                .stream()
                .map(href -> href.substring("/editor/revisions/".length()))
                .filter(id -> id.matches("\\d+"))
                .mapToLong(Long::parseLong)
                .max()
                .orElseThrow();
    }

    private static void post(Visitor visitor, long revision, String step, Map<String, String> form) {
        HttpResponse<String> response =
                visitor.submit("/editor/revisions/" + revision, "/editor/revisions/" + revision + "/" + step, form);
        assertThat(response.statusCode()).as(step + ": " + response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse(""))
                .as(step)
                .doesNotContain("problem");
    }

    private String readerSees() {
        return Http.html(http.get("/about/privacy")).selectFirst("main").text();
    }

    private Visitor signedIn(String username) {
        Visitor visitor = http.visitor();
        assertThat(visitor.signIn(username, People.PASSWORD).statusCode()).isEqualTo(302);
        return visitor;
    }
}
