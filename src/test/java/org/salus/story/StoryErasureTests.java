package org.salus.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.testsupport.Http;
import org.salus.testsupport.MutableClock;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasure by the retention job leaves no personal data in any column. The columns are read from
 * the schema: every character column of the story tables (and of the audit log, whose details
 * quote moderators' notes) must be classified here, as erased, as holding only masked text, or as
 * allowed with the reason it holds no personal data; a column added later fails
 * {@link #everyTextColumnOfTheStoryTablesIsClassified} until someone classifies it. Then real
 * stories with an email, a phone, names, votes, reports and a moderator's note are erased, and
 * every text column of every table is searched for what they said.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({MutableClock.Config.class, Http.class, People.class})
class StoryErasureTests {

    /** After erasure these hold NULL or '' in the erased stories' rows (or the rows are gone). */
    static final Set<String> ERASED = Set.of(
            "STORY.DISPLAY_NAME",
            "STORY.AGE_RANGE",
            "STORY.SEX",
            "STORY.CLIENT_HASH",
            "STORY.DECISION_NOTE",
            "STORY_FINDING.EXCERPT",
            "STORY_FINDING.EXPLANATION",
            "STORY_VOTE.CLIENT_HASH",
            "STORY_REPORT.CLIENT_HASH",
            "STORY_REPORT.NETWORK_HASH",
            "STORY_REPORT.REASON");

    /** After erasure these hold only screened text: none of the personal data the test submitted. */
    static final Set<String> MASKED =
            Set.of("STORY.BODY", "STORY.PUBLISHED_BODY", "STORY.REDACTED_BODY", "AUDIT_ENTRY.DETAIL");

    /** Columns that never hold a reader's personal data, and why. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry(
                    "STORY.MASKED_BODY", "screening's text with personal data replaced by placeholders: what is kept"),
            Map.entry("STORY.RELATIONSHIP", "a code from a fixed list (patient, caregiver...)"),
            Map.entry("STORY.STATE", "a code from a fixed list"),
            Map.entry("STORY.DECIDED_BY", "the moderator's account name or a system actor, not the reader"),
            Map.entry("STORY.DECISION_REASON", "a code from a fixed list"),
            Map.entry("STORY_FINDING.FLAG", "a code from a fixed list"),
            Map.entry("AUDIT_ENTRY.ACTOR", "a staff account name or a system actor, not the reader"),
            Map.entry("AUDIT_ENTRY.ACTION", "a code such as story.rejected"),
            Map.entry("AUDIT_ENTRY.TERM_SLUG", "a dictionary term's slug"),
            Map.entry(
                    "AUDIT_ENTRY.SUBJECT",
                    "the staff account or API key an account event is about; story entries have none"));

    /** How to find the rows of the erased stories in each story table. */
    static final Map<String, String> ROWS = Map.of(
            "STORY", "id IN (%s)",
            "STORY_FINDING", "story_id IN (%s)",
            "STORY_VOTE", "story_id IN (%s)",
            "STORY_REPORT", "story_id IN (%s)",
            "AUDIT_ENTRY", "action LIKE 'story.%%'");

    static final String EMAIL = "marisol.q@example.com";
    static final String PHONE = "415-555-0123";
    static final String DISPLAY_NAME = "Marisol Quintanilla";
    static final String STORY = "Metformin upset my stomach at first. Email me at " + EMAIL + " or call " + PHONE
            + " and I will share my meal plan. My husband Tomasz walks with me after dinner.";
    static final String REPORT = "This is my neighbour Marisol, she gave out her number";
    static final String NOTE = "Names her clinic nurse Okonkwo-Bright";
    static final List<String> CLIENTS = List.of("198.51.100.7", "198.51.100.8", "198.51.100.9");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StorySubmissions submissions;

    @Autowired
    Moderation moderation;

    @Autowired
    StoryFeedback feedback;

    @Autowired
    StoryRetention retention;

    @Autowired
    QuestionRepository questions;

    @Autowired
    ClientIdentity clientIdentity;

    @Autowired
    MutableClock clock;

    @Autowired
    People people;

    @Autowired
    Http http;

    @Test
    void everyTextColumnOfTheStoryTablesIsClassified() {
        Set<String> classified = new TreeSet<>(ERASED);
        classified.addAll(MASKED);
        classified.addAll(ALLOWED.keySet());

        assertThat(new TreeSet<>(textColumns(storyTables())))
                .as("every text column of the story tables is erased, masked or allowed with a reason")
                .isEqualTo(classified);
        assertThat(ROWS.keySet())
                .as("every story table says which rows are the erased stories'")
                .containsExactlyInAnyOrderElementsOf(storyTables());
    }

    @Test
    void erasureLeavesNoPersonalDataInAnyColumnNorOnTheModerationPage() throws Exception {
        Question diet = questions.find("insulin-resistance", "diet").orElseThrow();
        long published = submissions.submit(diet, form(), CLIENTS.get(0)).storyId();
        long rejected = submissions.submit(diet, form(), CLIENTS.get(0)).storyId();
        long redacted = submissions.submit(diet, form(), CLIENTS.get(0)).storyId();
        clock.advance(Duration.ofDays(30)); // published a month later, so it is still on the page when erased
        moderation.publish("erasure-mod", published, true);
        moderation.reject("erasure-mod", rejected, "personal-data", NOTE);
        moderation.redact(
                "erasure-mod",
                redacted,
                STORY.replace(EMAIL, "[removed]").replace(PHONE, "[removed]").replace("Tomasz", "[removed]"));
        feedback.helpful(published, CLIENTS.get(1));
        feedback.report(published, CLIENTS.get(2), REPORT);
        String ids = published + "," + rejected + "," + redacted;
        Visitor moderator = signedInModerator();

        List<String> secrets = personalData();
        for (String column : union(ERASED, MASKED)) {
            assertThat(values(column, ids))
                    .as("the test data fills " + column)
                    .anySatisfy(v -> assertThat(v).isNotBlank());
        }
        assertThat(moderator.get("/moderation/stories/" + rejected))
                .contains(EMAIL)
                .contains(PHONE);

        clock.advance(Duration.ofDays(2 * 365 - 20));
        retention.run();

        for (String column : ERASED) {
            assertThat(values(column, ids))
                    .as(column + " after erasure")
                    .allSatisfy(v -> assertThat(v).isNullOrEmpty());
        }
        for (String column : MASKED) {
            assertThat(values(column, ids))
                    .as(column + " after erasure")
                    .allSatisfy(v -> assertThat(v == null ? "" : v.toLowerCase(Locale.ROOT))
                            .doesNotContain(secrets));
        }
        assertThat(anyColumnOfAnyTableHolding(secrets))
                .as("columns anywhere still holding personal data")
                .isEmpty();

        String page = moderator.get("/moderation/stories/" + rejected);
        assertThat(page)
                .contains("What screening found")
                .contains("erased")
                .doesNotContain(EMAIL)
                .doesNotContain(PHONE)
                .doesNotContain("Quintanilla")
                .doesNotContain("Okonkwo");
        String reader = http.get("/topics/insulin-resistance/questions/diet").body();
        assertThat(reader)
                .contains("[email removed]")
                .contains("A reader")
                .doesNotContain(EMAIL)
                .doesNotContain(DISPLAY_NAME);
    }

    private static StoryForm form() {
        return new StoryForm(DISPLAY_NAME, "patient", "45-64", "female", STORY, true, "");
    }

    /** What the test submitted that is personal, lower case: text, names and the clients' hashes. */
    private List<String> personalData() {
        List<String> secrets =
                new ArrayList<>(List.of(EMAIL, PHONE, "marisol", "quintanilla", "tomasz", "neighbour", "okonkwo"));
        CLIENTS.forEach(c -> secrets.add(clientIdentity.of(c).toLowerCase(Locale.ROOT)));
        return secrets;
    }

    private List<String> values(String column, String ids) {
        String[] parts = column.split("\\.");
        String where = ROWS.get(parts[0]).formatted(ids);
        return jdbc.sql("SELECT " + parts[1] + " FROM " + parts[0] + " WHERE " + where)
                .query(String.class)
                .list();
    }

    /** "TABLE.COLUMN" of every column, of any table, with a value containing one of {@code secrets}. */
    private List<String> anyColumnOfAnyTableHolding(List<String> secrets) {
        List<String> found = new ArrayList<>();
        for (String column : textColumns(allTables())) {
            String[] parts = column.split("\\.");
            for (String secret : secrets) {
                int rows = jdbc.sql("SELECT COUNT(*) FROM " + parts[0] + " WHERE LOWER(CAST(" + parts[1]
                                + " AS VARCHAR(100000))) LIKE :s")
                        .param("s", "%" + secret + "%")
                        .query(Integer.class)
                        .single();
                if (rows > 0) {
                    found.add(column + " holds " + secret);
                }
            }
        }
        return found;
    }

    /** Tables named story*, tables with a foreign key to story, and the audit log. */
    private List<String> storyTables() {
        Set<String> tables = new TreeSet<>(jdbc.sql("""
                SELECT UPPER(table_name) FROM information_schema.tables
                WHERE UPPER(table_schema) = 'PUBLIC' AND UPPER(table_name) LIKE 'STORY%'""").query(String.class).list());
        tables.addAll(jdbc.sql("""
                SELECT UPPER(fk.table_name) FROM information_schema.referential_constraints rc
                JOIN information_schema.table_constraints fk ON fk.constraint_name = rc.constraint_name
                JOIN information_schema.table_constraints pk ON pk.constraint_name = rc.unique_constraint_name
                WHERE UPPER(pk.table_name) LIKE 'STORY%'""").query(String.class).list());
        tables.add("AUDIT_ENTRY");
        return List.copyOf(tables);
    }

    private List<String> allTables() {
        return jdbc.sql("""
                SELECT UPPER(table_name) FROM information_schema.tables
                WHERE UPPER(table_schema) = 'PUBLIC' AND UPPER(table_type) IN ('BASE TABLE', 'TABLE')""").query(String.class).list();
    }

    /** "TABLE.COLUMN" of every character column of {@code tables}. */
    private List<String> textColumns(List<String> tables) {
        return jdbc.sql("""
                SELECT UPPER(table_name), UPPER(column_name) FROM information_schema.columns
                WHERE UPPER(table_schema) = 'PUBLIC' AND UPPER(table_name) IN (:tables)
                  AND (UPPER(data_type) LIKE '%CHAR%' OR UPPER(data_type) IN ('TEXT', 'CLOB'))""")
                .param("tables", tables)
                .query((rs, n) -> rs.getString(1) + "." + rs.getString(2))
                .list();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private Visitor signedInModerator() throws Exception {
        people.create("erasure-mod", Role.MODERATOR);
        Visitor visitor = new Visitor();
        String token = Jsoup.parse(visitor.get("/login"))
                .selectFirst("input[name=_csrf]")
                .val();
        visitor.post("/login", Map.of("username", "erasure-mod", "password", People.PASSWORD, "_csrf", token));
        return visitor;
    }

    /** A browser-like client that keeps its session cookie. */
    class Visitor {
        final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        String get(String path) throws Exception {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(http.url(path))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
            return response.body();
        }

        void post(String path, Map<String, String> form) throws Exception {
            String body = new LinkedHashMap<>(form)
                    .entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
            client.send(
                    HttpRequest.newBuilder(URI.create(http.url(path)))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }
}
