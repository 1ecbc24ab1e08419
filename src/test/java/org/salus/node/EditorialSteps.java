package org.salus.node;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The editorial flow over HTTP, as editors, reviewers and administrators do it on one node:
 * create an account, first sign-in, save a corrected revision, submit, approve, publish. Shared by
 * the cluster test and the cluster benchmark ({@link ClusterBench}).
 */
final class EditorialSteps {

    static final String FIRST_PASSWORD = "a long first password";
    static final String OWN_PASSWORD = "violet kettle harbour sixteen";

    private static final String SUMMARY_CORRECTION = " Correction: ";
    private static final String BODY_CORRECTION = "\n\nCorrection: ask about ";

    private final NodeClient editor;
    private final NodeClient reviewer;

    EditorialSteps(NodeClient editor, NodeClient reviewer) {
        this.editor = editor;
        this.reviewer = reviewer;
    }

    /**
     * An administrator on node {@code port} creates an editor and a reviewer named after
     * {@code prefix}; both sign in there for the first time and choose their own password.
     */
    static EditorialSteps editorAndReviewer(NodeClient admin, int port, String prefix) {
        createAccount(admin, prefix + "editor", List.of("writer", "editor"), "");
        createAccount(admin, prefix + "reviewer", List.of("reviewer"), "MD");
        return new EditorialSteps(firstSignIn(port, prefix + "editor"), firstSignIn(port, prefix + "reviewer"));
    }

    NodeClient editor() {
        return editor;
    }

    NodeClient reviewer() {
        return reviewer;
    }

    static void createAccount(NodeClient admin, String username, List<String> roles, String credentials) {
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                entry("username", username),
                entry("displayName", "Dr. " + username),
                entry("email", username + "@example.org"),
                entry("enabled", "true"),
                entry("credentials", credentials),
                entry("specialty", ""),
                entry("bio", ""),
                entry("password", FIRST_PASSWORD)));
        roles.forEach(role -> form.add(entry("roles", role)));
        assertThat(NodeClient.location(admin.submit("/admin/users/new", "/admin/users", form)))
                .endsWith("/admin/users");
    }

    /** Signs in on node {@code port} with the first password and chooses one's own, as the site requires. */
    static NodeClient firstSignIn(int port, String username) {
        NodeClient person = new NodeClient(port);
        person.signIn(username, FIRST_PASSWORD);
        assertThat(NodeClient.location(person.get("/editor"))).endsWith("/account/password");
        HttpResponse<String> changed = person.submit(
                "/account/password",
                "/account/password",
                List.of(
                        entry("current", FIRST_PASSWORD),
                        entry("password", OWN_PASSWORD),
                        entry("repeat", OWN_PASSWORD)));
        assertThat(NodeClient.location(changed)).contains("passwordChanged");
        return person;
    }

    /**
     * A corrected revision: the editor saves the article's form with {@code marker} in its summary
     * and text (in place of an earlier correction of these steps, so the summary stays under its
     * limit however often an article is corrected), submits it, the reviewer approves it, the
     * editor publishes it now. Returns
     * {@link System#nanoTime()} when the publication's response arrived (the write had committed).
     */
    long publishCorrection(String slug, String marker) {
        long revision = approvedCorrection(slug, marker);
        step(editor, revision, "publish", List.of(entry("at", ""), entry("override", "cluster test")));
        return System.nanoTime();
    }

    /** The editor saves and submits the corrected form, the reviewer approves it; returns the revision. */
    long approvedCorrection(String slug, String marker) {
        Document form =
                Jsoup.parse(editor.get("/editor/articles/" + slug + "/edit").body());
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Map.Entry<String, String> field : NodeClient.fields(form, "form.editor-form")) {
            String value = switch (field.getKey()) {
                case "summary" -> before(field.getValue(), SUMMARY_CORRECTION) + SUMMARY_CORRECTION + marker + ".";
                case "body" -> before(field.getValue(), BODY_CORRECTION) + BODY_CORRECTION + marker + " first.\n";
                case "changeNote" -> "Corrected on node A: " + marker;
                default -> field.getValue();
            };
            fields.add(entry(field.getKey(), value));
        }
        String revisionPage = NodeClient.location(editor.post("/editor/articles/" + slug + "/edit", fields));
        long revision = Long.parseLong(revisionPage.replaceAll(".*/editor/revisions/(\\d+)$", "$1"));
        step(editor, revision, "submit", List.of());
        step(reviewer, revision, "approve", List.of(entry("notes", "")));
        return revision;
    }

    /** {@code text} up to {@code correction}, or all of it. */
    private static String before(String text, String correction) {
        int at = text.indexOf(correction);
        return at < 0 ? text : text.substring(0, at);
    }

    /** One step of the revision's workflow (submit, approve, publish, ...) by {@code person}. */
    static void step(NodeClient person, long revision, String action, List<Map.Entry<String, String>> fields) {
        String page = "/editor/revisions/" + revision;
        assertThat(NodeClient.location(person.submit(page, page + "/" + action, fields)))
                .as(action)
                .endsWith(page)
                .doesNotContain("problem");
    }
}
