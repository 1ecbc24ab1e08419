package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salus.account.Role;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Text entering the site over real HTTP, as browsers and fuzzers send it: control characters are
 * refused at the edge (400 with the site's page, or beside the field on the story form), and a
 * value longer than its field is refused beside the field with the text kept (or, on the small
 * workflow forms whose fields carry {@code maxlength}, with the reason on the page), never a 500.
 * Runs on H2 ({@link FormInputTests}) and PostgreSQL ({@link FormInputPostgresTests}), which
 * refuses NUL in text where H2 stores it.
 */
@SiteTest
@TestPropertySource(properties = "salus.stories.submissions-per-hour=1000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FormInputContract {

    static final String DIET = "/topics/insulin-resistance/questions/diet";
    static final String STORY =
            "I cut back on white bread and sugary drinks and started eating more beans and vegetables. "
                    + "After six months my doctor said my blood sugar numbers were better.";
    static final String NUL = "\u0000";
    static final String REFUSED = "The form contained characters we cannot store";

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    /** One account with every role, signed in once (sign-ins are rate limited per address). */
    Visitor staff;

    String staffName;
    long draftRevision;
    long termRevision;
    long pendingStory;

    /** A browser-like client: keeps cookies, follows no redirects, sends the form's CSRF token. */
    class Visitor {
        final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String token;

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(http.url(path)))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var input = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
            if (input != null) {
                token = input.val();
            }
            return response;
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            Map<String, String> withToken = new LinkedHashMap<>(form);
            withToken.putIfAbsent("_csrf", token);
            String body = withToken.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(URI.create(http.url(path)))
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(String path, Map<String, String> fields, String fileName) throws Exception {
            String boundary = "edge" + UUID.randomUUID();
            StringBuilder body = new StringBuilder();
            Map<String, String> withToken = new LinkedHashMap<>(fields);
            withToken.put("_csrf", token);
            withToken.forEach((name, value) -> body.append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(name)
                    .append("\"\r\n\r\n")
                    .append(value)
                    .append("\r\n"));
            body.append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"file\"; filename=\"")
                    .append(fileName)
                    .append("\"\r\n")
                    .append("Content-Type: text/plain\r\n\r\nnot a real glossary\r\n")
                    .append("--")
                    .append(boundary)
                    .append("--\r\n");
            return client.send(
                    HttpRequest.newBuilder(URI.create(http.url(path)))
                            .header("Accept", "text/html")
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @BeforeAll
    void signInStaffAndPrepare() throws Exception {
        staffName = "edge" + UUID.randomUUID().toString().substring(0, 8);
        people.create(staffName, Role.ADMIN, Role.EDITOR, Role.WRITER, Role.REVIEWER, Role.MODERATOR);
        staff = new Visitor();
        staff.get("/login");
        HttpResponse<String> signedIn =
                staff.post("/login", Map.of("username", staffName, "password", People.PASSWORD));
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
        staff.get("/admin/api-keys");
        HttpResponse<String> article = staff.post(
                "/editor/articles",
                Map.of(
                        "title",
                        "Edge " + staffName,
                        "contentType",
                        "condition",
                        "summary",
                        "A summary long enough to pass validation.",
                        "sources",
                        "CDC | Page | https://www.cdc.gov/",
                        "body",
                        "## Overview {section=overview}\n\nText.\n",
                        "changeNote",
                        "First",
                        "changeKind",
                        "clinical",
                        "baseRevision",
                        "0"));
        draftRevision = Long.parseLong(location(article).replaceAll("\\D", ""));
        HttpResponse<String> term = staff.post(
                "/editor/dictionary/terms/dietitian/edit",
                Map.of(
                        "name",
                        "dietitian",
                        "language",
                        "en",
                        "definition",
                        "A dietitian is a food and nutrition expert.",
                        "linkable",
                        "on",
                        "source",
                        "Salus Health",
                        "changeNote",
                        "Shorter " + staffName,
                        "baseRevision",
                        String.valueOf(jdbc.sql(
                                        "SELECT COALESCE(MAX(revision_number), 0) FROM term_revision WHERE slug = 'dietitian'")
                                .query(Integer.class)
                                .single())));
        termRevision = Long.parseLong(location(term).replaceAll("\\D", ""));
        HttpResponse<String> story = storyForm(Map.of("displayName", "Pending " + staffName));
        assertThat(story.statusCode()).isEqualTo(200);
        pendingStory = jdbc.sql("SELECT id FROM story WHERE display_name = ?")
                .param("Pending " + staffName)
                .query(Long.class)
                .single();
    }

    // --- control characters (S4) ---------------------------------------------------------------

    @Test
    void aControlCharacterInAnAddressIsRefusedWithTheSitesPage() throws Exception {
        HttpResponse<String> response = new Visitor().get("/topics?q=" + "insulin%00");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("text/html");
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo(REFUSED);
    }

    @Test
    void aControlCharacterInAnApiQueryIsAClientErrorNotAServerError() throws Exception {
        HttpResponse<String> response = http.get("/api/v1/articles?letter=%01", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void aNulInTheSignInFormIsRefusedBeforeTheAccountIsLookedUp() throws Exception {
        Visitor visitor = new Visitor();
        visitor.get("/login");

        HttpResponse<String> response =
                visitor.post("/login", Map.of("username", "ad" + NUL + "min", "password", People.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo(REFUSED);
    }

    @Test
    void aNulInTheStoryIsShownBesideTheFieldWithTheTextKeptAndNothingStored() throws Exception {
        int before = storiesNamed("Nul " + staffName);

        HttpResponse<String> response = storyForm(
                Map.of("displayName", "Nul " + staffName, "story", STORY.replace("bread", "bread" + NUL + "\u0007")));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#f-story-error").text()).contains("invisible control characters");
        assertThat(page.selectFirst("#f-story").text()).isEqualTo(STORY);
        assertThat(page.selectFirst("#f-displayName").val()).isEqualTo("Nul " + staffName);
        assertThat(storiesNamed("Nul " + staffName)).isEqualTo(before);
    }

    @Test
    void aControlCharacterInTheDisplayNameIsShownBesideIt() throws Exception {
        HttpResponse<String> response = storyForm(Map.of("displayName", "Ro" + NUL + "sa"));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#f-displayName-error").text()).contains("invisible control characters");
        assertThat(page.selectFirst("#f-displayName").val()).isEqualTo("Rosa");
    }

    @Test
    void tabsAndLineBreaksAreText() throws Exception {
        HttpResponse<String> response =
                storyForm(Map.of("displayName", "Tabs " + staffName, "story", STORY.replace(". ", ".\r\n\r\n\t")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(storiesNamed("Tabs " + staffName)).isEqualTo(1);
    }

    @Test
    void aNulInAReportReasonIsRefused() throws Exception {
        Visitor reader = new Visitor();
        reader.get(DIET);

        HttpResponse<String> response =
                reader.post(DIET + "/stories/" + pendingStory + "/report", Map.of("reason", "spam" + NUL));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM story_report WHERE story_id = ?")
                        .param(pendingStory)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aNulInAnApiKeyNameOrADisplayNameIsRefusedAndNothingStored() throws Exception {
        HttpResponse<String> key = staff.post("/admin/api-keys", Map.of("name", "City" + NUL + staffName));
        HttpResponse<String> user = staff.post(
                "/admin/users",
                Map.of(
                        "username",
                        "nul" + staffName.substring(4),
                        "displayName",
                        "Dr." + NUL,
                        "roles",
                        "writer",
                        "enabled",
                        "true",
                        "password",
                        "a long first password"));

        assertThat(key.statusCode()).isEqualTo(400);
        assertThat(user.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_key WHERE name LIKE ?")
                        .param("City%" + staffName)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account WHERE username = ?")
                        .param("nul" + staffName.substring(4))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aControlCharacterInATextFieldOfAnUploadIsRefused() throws Exception {
        HttpResponse<String> response = staff.upload("/admin/imports", Map.of("format", "nci-glossary\u001b"), "g.tsv");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo(REFUSED);
    }

    // --- field lengths (S5) --------------------------------------------------------------------

    /** Forms that answer with the form again: message beside the field, the typed text kept. */
    static Stream<Arguments> fieldsOfForms() {
        return Stream.of(
                article("alsoCalled", "x".repeat(201), "at most 200 characters"),
                article("codes", "ICD-10-CM E11 " + "y".repeat(201), "a name (at most 200)"),
                article("sources", "O".repeat(201) + " | Title | https://example.org/", "organisation (at most 200"),
                article("sources", "CDC | " + "T".repeat(301) + " | https://example.org/", "title (at most 300)"),
                article("sources", "CDC | Title | https://example.org/" + "u".repeat(1000), "(at most 1,000)"),
                article("body", "## " + "H".repeat(201) + " {section=other}\n\nText.\n", "heading can be at most 200"),
                article(
                        "body",
                        "## Overview {section=overview}\n\n" + "b".repeat(100_000),
                        "at most 100,000 characters"),
                article("title", "T".repeat(201), "at most 200 characters"),
                article("summary", "S".repeat(1001), "20 to 1,000 characters"),
                article("changeNote", "N".repeat(1001), "at most 1,000 characters"),
                term("name", "n".repeat(301), "up to 300 characters"),
                term("definition", "d".repeat(10_001), "up to 10,000 characters"),
                term("source", "s".repeat(301), "up to 300 characters"),
                user("email", "a@" + "e".repeat(200) + ".org", "at most 200 characters"),
                user("specialty", "S".repeat(121), "at most 120 characters"),
                user("bio", "B".repeat(2001), "under 2,000 characters"),
                user("credentials", "C".repeat(61), "needs credentials"),
                user("displayName", "D".repeat(121), "at most 120 characters"),
                Arguments.of(
                        "story displayName",
                        DIET,
                        Map.of("relationship", "patient", "story", STORY, "agree", "true"),
                        "displayName",
                        "R".repeat(41),
                        "2 to 40 characters"),
                Arguments.of(
                        "story",
                        DIET,
                        Map.of("displayName", "Long", "relationship", "patient", "agree", "true"),
                        "story",
                        STORY.repeat(40),
                        "between 50 and 5000 characters"));
    }

    static Arguments article(String field, String value, String message) {
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "title",
                "Edge Limits",
                "contentType",
                "condition",
                "summary",
                "A summary long enough to pass validation.",
                "sources",
                "CDC | Page | https://www.cdc.gov/",
                "body",
                "## Overview {section=overview}\n\nText.\n",
                "changeNote",
                "First",
                "changeKind",
                "clinical",
                "baseRevision",
                "0"));
        form.remove(field);
        return Arguments.of("article " + field, "/editor/articles", form, field, value, message);
    }

    static Arguments term(String field, String value, String message) {
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "name",
                "edge limits",
                "language",
                "en",
                "definition",
                "A term for testing.",
                "source",
                "Salus Health",
                "changeNote",
                "New",
                "baseRevision",
                "0"));
        form.remove(field);
        return Arguments.of("term " + field, "/editor/dictionary/terms", form, field, value, message);
    }

    static Arguments user(String field, String value, String message) {
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "username",
                "limits",
                "displayName",
                "Dr. Limits",
                "roles",
                "reviewer",
                "enabled",
                "true",
                "credentials",
                "MD",
                "password",
                "a long first password"));
        form.remove(field);
        return Arguments.of("user " + field, "/admin/users", form, field, value, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldsOfForms")
    void aValueLongerThanItsFieldComesBackBesideTheFieldWithTheTextKept(
            String name, String path, Map<String, String> form, String field, String value, String message)
            throws Exception {
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.put(field, value);

        HttpResponse<String> response = path.equals(DIET) ? storyForm(typed) : staff.post(path, typed);

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#f-" + field + "-error").text()).contains(message);
        var input = page.selectFirst("#f-" + field);
        if (input.is("fieldset")) { // the article's codes and sources are rows of fields (docs/codes.md)
            assertThat(input.select("input").eachAttr("value")).contains(longestPart(value));
            return;
        }
        assertThat(input.is("textarea") ? input.wholeText().replace("\r\n", "\n") : input.val())
                .isEqualTo(value);
    }

    /** The over-long part of a code or source line, which comes back in a field of its own. */
    private static String longestPart(String line) {
        return java.util.Arrays.stream(line.split("\\s*\\|\\s*|\\s+"))
                .max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
    }

    /**
     * The workflow's small forms (notes, comments, reasons) carry {@code maxlength}, so only a
     * client that ignores it can send more: it is sent back to the page with the reason.
     */
    static Stream<Arguments> fieldsOfWorkflowForms() {
        return Stream.of(
                Arguments.of(
                        "/editor/revisions/{revision}/approve",
                        "notes",
                        2001,
                        "/editor/revisions/{revision}",
                        "under 2,000 characters"),
                Arguments.of(
                        "/editor/revisions/{revision}/request-changes",
                        "comments",
                        2001,
                        "/editor/revisions/{revision}",
                        "under 2,000 characters"),
                Arguments.of(
                        "/editor/articles/insulin-resistance/confirm-review",
                        "notes",
                        2001,
                        "/editor/articles/insulin-resistance",
                        "under 2,000 characters"),
                Arguments.of(
                        "/editor/articles/insulin-resistance/retire",
                        "reason",
                        1001,
                        "/editor/articles/insulin-resistance",
                        "under 1,000 characters"),
                Arguments.of(
                        "/editor/dictionary/revisions/{term}/approve",
                        "notes",
                        2001,
                        "/editor/dictionary/revisions/{term}",
                        "under 2,000 characters"),
                Arguments.of(
                        "/editor/dictionary/revisions/{term}/request-changes",
                        "comments",
                        2001,
                        "/editor/dictionary/revisions/{term}",
                        "under 2,000 characters"),
                Arguments.of(
                        "/editor/dictionary/terms/dietitian/retire",
                        "reason",
                        1001,
                        "/editor/dictionary/terms/dietitian",
                        "under 1,000 characters"),
                Arguments.of(
                        "/moderation/stories/{story}/reject",
                        "note",
                        1001,
                        "/moderation/stories/{story}",
                        "under 1,000 characters"),
                Arguments.of(
                        "/editor/articles/insulin-resistance/questions",
                        "prompt",
                        1001,
                        "/editor/articles/insulin-resistance/questions",
                        "at most 1,000 characters"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fieldsOfWorkflowForms")
    void aWorkflowNoteLongerThanItsFieldIsRefusedWithTheReason(
            String action, String field, int length, String page, String message) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(Map.of(field, "w".repeat(length)));
        form.put("reason", field.equals("reason") ? "w".repeat(length) : "advertising");
        form.put("title", "Diet");

        HttpResponse<String> response = staff.post(ids(action), form);

        assertThat(response.statusCode()).isEqualTo(302);
        String back = location(response);
        assertThat(back).startsWith(ids(page) + "?problem=");
        assertThat(Jsoup.parse(staff.get(back).body()).text()).contains(message);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = 'insulin-resistance' AND retired_at IS NOT NULL")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anUploadWithAVeryLongFileNameIsSavedUnderItsShortenedName() throws Exception {
        HttpResponse<String> response =
                staff.upload("/admin/imports", Map.of("format", "nci-glossary"), "g".repeat(300) + ".tsv");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).matches(".*/admin/imports/[\\w-]+");
    }

    private HttpResponse<String> storyForm(Map<String, String> fields) throws Exception {
        Visitor reader = new Visitor();
        reader.get(DIET);
        Map<String, String> form = new LinkedHashMap<>(
                Map.of("displayName", "Reader", "relationship", "patient", "story", STORY, "agree", "true"));
        form.putAll(fields);
        return reader.post(DIET, form);
    }

    private int storiesNamed(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM story WHERE display_name = ?")
                .param(name)
                .query(Integer.class)
                .single();
    }

    private String ids(String path) {
        return path.replace("{revision}", String.valueOf(draftRevision))
                .replace("{term}", String.valueOf(termRevision))
                .replace("{story}", String.valueOf(pendingStory));
    }

    private static String location(HttpResponse<String> response) {
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }
}
