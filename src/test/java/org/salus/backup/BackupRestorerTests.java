package org.salus.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.salus.SalusApplication;
import org.salus.account.Role;
import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;
import org.salus.article.StoredRevisions;
import org.salus.article.content.ContentFile;
import org.salus.article.content.ContentFileParser;
import org.salus.story.Question;
import org.salus.story.StoryForm;
import org.salus.story.StorySubmissions;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Export and restore of a whole site (the sample content plus {@link WholeSite}: users, stories
 * in every state, a term revision, ...) on the application's own schema: a restore into an empty
 * database exports exactly as the original, restored people sign in, generated ids continue, a
 * database with other content is refused, and {@code --merge} only ever adds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("backup")
@Import({People.class, WholeSite.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestorerTests {

    @TempDir
    static Path folder;

    @Autowired
    BackupExporter exporter;

    @Autowired
    WholeSite site;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StorySubmissions submissions;

    @Autowired
    StoredRevisions articles;

    Path archive;

    @BeforeAll
    void exportTheWholeSite() {
        site.fill();
        archive = folder.resolve("site.zip");
        exporter.export(archive, FreshDatabase.quiet());
    }

    @Test
    void everyApplicationTableIsInTheArchiveWithRowsAndNoTransientOnes() {
        Manifest manifest = Archives.manifest(archive);

        assertThat(manifest.rowCounts())
                .doesNotContainKeys(
                        "flyway_schema_history",
                        "spring_session",
                        "spring_session_attributes",
                        "rate_limit_bucket",
                        "shedlock",
                        "change_log",
                        "import_job")
                .containsKeys(
                        "article",
                        "revision",
                        "revision_section",
                        "medical_review",
                        "audit_entry",
                        "term",
                        "term_revision",
                        "question",
                        "story",
                        "user_account",
                        "user_role",
                        "reviewer_profile",
                        "site_secret",
                        "image",
                        "image_rendition");
        assertThat(manifest.rowCounts().entrySet().stream()
                        .filter(e -> e.getValue() == 0)
                        .map(Map.Entry::getKey))
                .as("tables without rows in the test site: add some to WholeSite, so their backup is tested")
                .isEmpty();
        assertThat(BackupJson.MAPPER
                        .readTree(Archives.contents(archive).get("tables/story.json"))
                        .get("rows")
                        .valueStream()
                        .map(row -> row.get("state").asString()))
                .containsExactlyInAnyOrder("pending", "published", "rejected", "removed");
    }

    @Test
    void imageBytesComeBackExactly() {
        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
            target.restore(archive, false);

            String renditions = "SELECT file_name, bytes FROM image_rendition ORDER BY file_name";
            var original = jdbc.sql(renditions)
                    .query((rs, n) ->
                            rs.getString(1) + " " + java.util.HexFormat.of().formatHex(rs.getBytes(2)))
                    .list();
            assertThat(original).hasSizeGreaterThanOrEqualTo(8); // the two sample illustrations, four sizes each
            assertThat(target.jdbc
                            .sql(renditions)
                            .query((rs, n) -> rs.getString(1) + " "
                                    + java.util.HexFormat.of().formatHex(rs.getBytes(2)))
                            .list())
                    .isEqualTo(original);
        }
    }

    @Test
    void aRestoredSiteExportsExactlyAsTheOriginal() {
        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
            BackupRestorer.Result result = target.restore(archive, false);

            assertThat(target.contents(folder)).isEqualTo(Archives.contents(archive));
            // A translation's source revision (V42) survives: the freshness notice depends on it.
            String translatedFrom =
                    "SELECT id, source_revision_id FROM revision WHERE source_revision_id IS NOT NULL" + " ORDER BY id";
            assertThat(target.jdbc.sql(translatedFrom).query().listOfRows())
                    .isNotEmpty()
                    .isEqualTo(jdbc.sql(translatedFrom).query().listOfRows());
            // A reviewer's photo (V53) still names the same image.
            String photos =
                    "SELECT slug, photo_image_id FROM reviewer_profile WHERE photo_image_id IS NOT NULL ORDER BY slug";
            assertThat(target.jdbc.sql(photos).query().listOfRows())
                    .isNotEmpty()
                    .isEqualTo(jdbc.sql(photos).query().listOfRows());
            assertThat(target.rowCounts()).isEqualTo(Archives.manifest(archive).rowCounts());
            long codeSystems = Archives.manifest(archive).rowCounts().get("code_system");
            assertThat(result.identical()).isEqualTo(codeSystems); // inserted by migration V1 on both sides
            assertThat(result.inserted() + result.identical())
                    .isEqualTo(total(Archives.manifest(archive).rowCounts()));
            // One change tells every running node that anything may have changed.
            assertThat(target.jdbc
                            .sql("SELECT kind || ' ' || subjects FROM change_log")
                            .query(String.class)
                            .list())
                    .containsExactly("RESTORED everything");
        }
    }

    @Test
    void theArchiveHoldsMarkdownCopiesOfRevisionsAndTerms() {
        Map<String, String> contents = Archives.contents(archive);

        assertThat(contents.get("articles/insulin-resistance/rev-1.md"))
                .startsWith("---\n# Revision 1, saved ")
                .contains("\nslug: \"insulin-resistance\"\ntitle: \"Insulin Resistance\"\n")
                .contains("\n---\n\n## What is insulin resistance? {section=overview}\n\nInsulin is a hormone.");
        assertThat(contents.get("articles/resistencia-insulina/rev-1.md"))
                .contains("\nlanguage: \"es\"\ntranslation_of: \"insulin-resistance\"\n");
        assertThat(new ContentFileParser()
                        .parse("rev-1.md", contents.get("articles/resistencia-insulina/rev-1.md"))
                        .translationOf())
                .contains("insulin-resistance");
        assertThat(contents.get("terms/insulin.md")).startsWith("# insulin\n\nInsulin is a hormone");
        assertThat(contents.get("terms/insulin/rev-1.md"))
                .contains("state: \"approved\"")
                .contains("A *hormone* that moves sugar");
    }

    @Test
    void everyRevisionCopyIsAContentFileAndAQuizReadsBackWithItsQuestions() {
        Map<String, String> contents = Archives.contents(archive);
        ContentFileParser parser = new ContentFileParser();
        String name = "articles/test-your-cholesterol-iq/rev-1.md";

        ContentFile quiz = parser.parse(name, contents.get(name));

        var revisions = articles.revisionsOf(
                articles.findBySlug("test-your-cholesterol-iq").orElseThrow().id());
        RevisionDraft stored =
                articles.loadDraft(revisions.get(revisions.size() - 1).id()).orElseThrow(); // revision 1, the oldest
        assertThat(quiz.contentType()).isEqualTo(ContentType.QUIZ);
        assertThat(stored.questions()).hasSize(10);
        assertThat(quiz.draft().questions()).isEqualTo(stored.questions());
        assertThat(quiz.draft())
                .as("the whole revision, not only its questions")
                .isEqualTo(stored);
        // Every copy reads back, but those of test revisions stored without a source, which a content file needs.
        List<String> copies = contents.keySet().stream()
                .filter(entry -> entry.startsWith("articles/"))
                .filter(entry -> contents.get(entry).contains("\nsources:\n"))
                .toList();
        assertThat(copies).hasSizeGreaterThan(10);
        copies.forEach(
                entry -> assertThat(parser.parse(entry, contents.get(entry)).slug())
                        .as(entry)
                        .isEqualTo(entry.split("/")[1]));
    }

    @Test
    void generatedIdsContinuePastTheRestoredOnes() {
        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
            target.restore(archive, false);
            long maxUser = target.jdbc
                    .sql("SELECT MAX(id) FROM user_account")
                    .query(Long.class)
                    .single();
            long maxAudit = target.jdbc
                    .sql("SELECT MAX(id) FROM audit_entry")
                    .query(Long.class)
                    .single();

            // Without the counters moved, these would reuse id 1 and break the primary key.
            target.jdbc
                    .sql(
                            "INSERT INTO user_account (username, display_name, password_hash, password_must_change, enabled,"
                                    + " created_at) VALUES ('later', 'Later', 'x', FALSE, TRUE, CURRENT_TIMESTAMP)")
                    .update();
            target.jdbc
                    .sql(
                            "INSERT INTO audit_entry (occurred_at, actor, action) VALUES (CURRENT_TIMESTAMP, 'later', 'test')")
                    .update();

            assertThat(target.jdbc
                            .sql("SELECT id FROM user_account WHERE username = 'later'")
                            .query(Long.class)
                            .single())
                    .isGreaterThan(maxUser);
            assertThat(target.jdbc
                            .sql("SELECT id FROM audit_entry WHERE actor = 'later'")
                            .query(Long.class)
                            .single())
                    .isGreaterThan(maxAudit);
        }
    }

    @Test
    void aRestoredSiteStartsAsItWasAndItsPeopleSignInWithTheirPasswords() throws Exception {
        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
            target.restore(archive, false);
            Map<String, Long> restored = target.rowCounts();

            // As arguments: they override the test configuration's own in-memory database.
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SalusApplication.class)
                    .run("--spring.datasource.url=" + target.url, "--server.port=0", "--logging.level.root=WARN")) {
                String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
                // The sample loaders and the first-admin step saw a site and left it alone.
                assertThat(target.rowCounts()).isEqualTo(restored);

                HttpClient browser = HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .build();
                String token = Jsoup.parse(browser.send(
                                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .body())
                        .selectFirst("input[name=_csrf]")
                        .val();
                String form = "username=editor&password=" + URLEncoder.encode(People.PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
                HttpResponse<String> signIn = browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(signIn.statusCode()).isEqualTo(302);
                assertThat(signIn.headers().firstValue("Location"))
                        .get()
                        .asString()
                        .endsWith("/editor");
                assertThat(browser.send(
                                        HttpRequest.newBuilder(URI.create(base + "/topics/insulin-resistance"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void aDatabaseWithOtherRowsIsRefusedAndLeftAsItWas() {
        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
            addSomeoneElse(target, 1);
            Map<String, String> before = target.contents(folder);

            assertThatThrownBy(() -> target.restore(archive, false))
                    .isInstanceOf(BackupException.class)
                    .hasMessageStartingWith(
                            "the database is not empty (table user_account has rows that are not in the archive);")
                    .hasMessageContaining("--merge");
            assertThat(target.contents(folder)).isEqualTo(before);
        }
    }

    @Test
    void mergingTheSameArchiveAgainAddsNothingAndChangesNothing() {
        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
            target.restore(archive, false);

            BackupRestorer.Result again = target.restore(archive, true);
            assertThat(target.jdbc
                            .sql("SELECT COUNT(*) FROM change_log")
                            .query(Integer.class)
                            .single())
                    .as("a merge that added nothing appends no change")
                    .isEqualTo(1);

            assertThat(again.inserted()).isZero();
            assertThat(again.identical())
                    .isEqualTo(total(Archives.manifest(archive).rowCounts()));
            assertThat(target.contents(folder)).isEqualTo(Archives.contents(archive));
        }
    }

    @Test
    void mergeAddsTheMissingRowsAndKeepsTheDatabasesOwn() {
        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
            addSomeoneElse(target, 1000);

            target.restore(archive, true);

            Map<String, String> merged = target.contents(folder);
            Map<String, String> expected = new TreeMap<>(Archives.contents(archive));
            for (String own : new String[] {"tables/user_account.json", "tables/user_role.json"}) {
                expected.remove(own);
                merged.remove(own);
            }
            assertThat(merged).isEqualTo(expected);
            assertThat(target.jdbc
                            .sql("SELECT username FROM user_account ORDER BY id")
                            .query(String.class)
                            .list())
                    .contains("admin", "writer", "reviewer", "editor", "moderator")
                    .endsWith("someone-else");
        }
    }

    @Test
    void mergeBringsInWhatWasAddedSince() {
        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
            target.restore(archive, false);
            Question describe = jdbc.sql("""
                    SELECT q.id, q.article_id FROM question q JOIN article a ON a.id = q.article_id
                    WHERE a.slug = 'prediabetes' ORDER BY q.ordinal LIMIT 1""")
                    .query((row, n) ->
                            new Question(row.getLong(1), row.getLong(2), "prediabetes", "", "en", "", "", "", 0))
                    .single();
            submissions.submit(
                    describe, new StoryForm("Eve", "caregiver", "", "", WholeSite.STORY, true, ""), "203.0.113.9");
            Path later = folder.resolve("later.zip");
            exporter.export(later, FreshDatabase.quiet());

            BackupRestorer.Result result = target.restore(later, true);

            assertThat(result.inserted())
                    .isEqualTo(total(Archives.manifest(later).rowCounts())
                            - total(Archives.manifest(archive).rowCounts()));
            assertThat(target.contents(folder)).isEqualTo(Archives.contents(later));
        }
    }

    @Test
    void mergeNeverChangesARowThatDiffers() {
        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
            target.restore(archive, false);
            target.jdbc
                    .sql("UPDATE user_account SET display_name = 'Renamed' WHERE username = 'writer'")
                    .update();
            target.jdbc.sql("DELETE FROM site_secret").update(); // something to add, which must not be added either
            Map<String, String> before = target.contents(folder);

            assertThatThrownBy(() -> target.restore(archive, true))
                    .isInstanceOf(BackupException.class)
                    .hasMessageMatching(
                            "--merge never changes a row, and user_account id=\\d+ differs from the archive's row"
                                    + " \\(column display_name\\)");
            assertThat(target.contents(folder)).isEqualTo(before);
        }
    }

    private static void addSomeoneElse(FreshDatabase target, long id) {
        target.jdbc
                .sql(
                        "INSERT INTO user_account (id, username, display_name, password_hash, password_must_change, enabled,"
                                + " created_at) VALUES (:id, 'someone-else', 'Someone Else', 'x', FALSE, TRUE, CURRENT_TIMESTAMP)")
                .param("id", id)
                .update();
        target.jdbc
                .sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role)")
                .param("id", id)
                .param("role", Role.WRITER.name().toLowerCase())
                .update();
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
