package org.salus.node;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app nodes from the packaged jar on one PostgreSQL, nginx in front (scripts/cluster.sh), and
 * a command-line import into the same database: they behave as one site within two seconds.
 * Node A is written to over HTTP as editors and administrators do (save, submit, approve by another
 * person, publish now or at a time; retire; revoke an API key); node B is only read. Runs when {@code PG_URL} names a PostgreSQL database (always in
 * CI, with {@code SALUS_REQUIRE_NGINX=true}, where a missing nginx fails it); each run gets a
 * schema of its own. The nodes are started once and shared by the scenarios, in order.
 */
@EnabledIfEnvironmentVariable(named = "PG_URL", matches = "jdbc:postgresql:.+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** How soon after the write returns every node must show it (issue 14). */
    private static final long VISIBLE_WITHIN_MS = 2_000;

    private static final String ADMIN_PASSWORD = "amber lantern quietly orbits 1987";
    private static final String ICD10 = "2.16.840.1.113883.6.90";
    /** Requests an hour per API key, the same on both nodes (the shared-limit scenario; an hour, so no token comes back meanwhile). */
    private static final int KEY_LIMIT = 20;
    /** The packaged jar (scripts/cluster.sh reads the same variable). */
    private static final String JAR = System.getenv().getOrDefault("SALUS_JAR", "target/salus.jar");

    @TempDir
    static Path work;

    private final String pgUrl = System.getenv("PG_URL");
    private final String pgUser = System.getenv().getOrDefault("PG_USER", "salus");
    private final String pgPassword = System.getenv().getOrDefault("PG_PASSWORD", "salus");
    private final String schema =
            "cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final Map<String, Long> timings = new LinkedHashMap<>();

    private Cluster cluster;
    private NodeClient a;
    private NodeClient b;
    private NodeClient admin;
    private NodeClient editor;
    private NodeClient reviewer;
    private EditorialSteps steps;

    @BeforeAll
    void startTwoNodes() throws SQLException {
        execute("CREATE SCHEMA " + schema);
        boolean nginxRequired = "true".equals(System.getenv("SALUS_REQUIRE_NGINX"));
        cluster = Cluster.start(
                2,
                work.resolve("cluster"),
                Map.of(
                        "PG_URL",
                        schemaUrl(),
                        "PG_USER",
                        pgUser,
                        "PG_PASSWORD",
                        pgPassword,
                        // C1 only and a small heap: two nodes, Maven and this JVM share two cores. The API's
                        // anonymous limit is raised because polling B's API is not what is tested here; both
                        // nodes look for due scheduled publications every second.
                        "JAVA_OPTS",
                        "-XX:TieredStopAtLevel=1 -Xmx512m",
                        "NODE_ARGS",
                        "--salus.api.anonymous-limit=100000 --salus.api.key-limit=" + KEY_LIMIT
                                + " --salus.api.period=PT1H --salus.review.schedule-check=PT1S",
                        "CLUSTER_NGINX",
                        nginxRequired ? "yes" : "auto",
                        "SALUS_ADMIN_INITIAL_PASSWORD",
                        ADMIN_PASSWORD));
        a = new NodeClient(cluster.port(1));
        b = new NodeClient(cluster.port(2));
        admin = new NodeClient(cluster.port(1));
        assertThat(admin.signIn("admin", ADMIN_PASSWORD)).doesNotContain("/account/password");
        steps = EditorialSteps.editorAndReviewer(admin, cluster.port(1), "cluster");
        editor = steps.editor();
        reviewer = steps.reviewer();
    }

    @AfterAll
    void stop() throws SQLException {
        if (cluster != null) {
            for (int node = 1; node <= 2; node++) {
                List<String> lines = cluster.log(node).lines().toList();
                System.out.println("--- node " + node + " log (end) ---");
                lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.out::println);
            }
            cluster.close();
        }
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        System.out.println("ClusterIT: write on A -> visible on B (ms): " + timings);
    }

    @Test
    @Order(1)
    void eachNodeNamesItselfInHealthAndInEveryLogLine() {
        for (int node = 1; node <= 2; node++) {
            String health =
                    new NodeClient(cluster.port(node)).get("/actuator/health").body();
            Matcher id = Pattern.compile("\"node\":\\{\"details\":\\{\"id\":\"([^\"]+)\"")
                    .matcher(health);
            assertThat(id.find()).as(health).isTrue();
            assertThat(id.group(1)).endsWith(":" + cluster.port(node));
            assertThat(cluster.log(node)).contains(" INFO [" + id.group(1) + "] ");
        }
    }

    @Test
    @Order(2)
    void nginxServesPagesFromBothNodesWithThePublicAddress() {
        Assumptions.assumeTrue(cluster.hasNginx(), "nginx is not installed (apt-get install nginx)");
        NodeClient proxy = new NodeClient(cluster.nginxPort());
        long servedByA = cluster.requestsServed(1);
        long servedByB = cluster.requestsServed(2);

        for (int i = 0; i < 6; i++) {
            HttpResponse<String> page = proxy.get("/topics/obesity");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(page.body())
                            .selectFirst("link[rel=canonical]")
                            .attr("href"))
                    .isEqualTo(proxy.base() + "/topics/obesity");
        }

        assertThat(proxy.get("/actuator/health").statusCode())
                .as("health is not public")
                .isEqualTo(404);
        assertThat(cluster.requestsServed(1)).as("requests node A answered").isGreaterThan(servedByA);
        assertThat(cluster.requestsServed(2)).as("requests node B answered").isGreaterThan(servedByB);
    }

    @Test
    @Order(3)
    void aCorrectionPublishedOnAIsEverywhereOnBWithinTwoSeconds() {
        String slug = "acanthosis-nigricans";
        String marker = "quorblaxine";
        Map<String, String> before = readerSurfaces(b, slug, "L83");
        before.forEach((surface, body) -> assertThat(body).as(surface).doesNotContain(marker));
        String lastModified = sitemapLastmod(b, slug);
        assertThat(lastModified).isNotNull();

        long written = steps.publishCorrection(slug, marker);

        awaitOnB(
                "correction",
                written,
                Map.of(
                        "topic page", () -> b.get("/topics/" + slug).body().contains(marker),
                        "API article",
                                () -> b.get("/api/v1/articles/" + slug).body().contains(marker),
                        "Atom feed", () -> b.get("/feed.atom").body().contains(marker),
                        "sitemap lastmod", () -> !lastModified.equals(sitemapLastmod(b, slug)),
                        "Infobutton answer",
                                () -> b.get(infobutton("L83")).body().contains(marker),
                        "search", () -> searchFinds(b, marker, slug)));
    }

    @Test
    @Order(4)
    void anArticleRetiredOnAIsGoneOnBWithinTwoSeconds() {
        String slug = "polycystic-ovary-syndrome";
        assertThat(b.get("/topics/" + slug).statusCode()).isEqualTo(200);
        assertThat(searchFinds(b, "polycystic", slug)).isTrue();

        HttpResponse<String> retired = editor.submit(
                "/editor/articles/" + slug,
                "/editor/articles/" + slug + "/retire",
                List.of(entry("reason", "Cluster test: retired on node A")));
        long written = System.nanoTime();
        assertThat(NodeClient.location(retired))
                .endsWith("/editor/articles/" + slug)
                .doesNotContain("problem");

        awaitOnB(
                "retirement",
                written,
                Map.of(
                        "topic page 410", () -> b.get("/topics/" + slug).statusCode() == 410,
                        "search", () -> !searchFinds(b, "polycystic", slug),
                        "sitemap", () -> !b.get("/sitemaps/topics-1.xml").body().contains("/topics/" + slug + "<")));
    }

    @Test
    @Order(5)
    void anApiKeyRevokedOnAIsRefusedOnBWithinTwoSeconds() {
        HttpResponse<String> issued =
                admin.submit("/admin/api-keys", "/admin/api-keys", List.of(entry("name", "Cluster test client")));
        assertThat(issued.statusCode()).isEqualTo(201);
        Document keys = Jsoup.parse(issued.body());
        String key = keys.selectFirst("#issued-token").text();
        assertThat(b.get("/api/v1/articles/obesity", "X-API-Key", key).statusCode())
                .as("B checked the key")
                .isEqualTo(200);

        String revoke = keys.selectFirst("form[action$=/revoke]").attr("action");
        assertThat(NodeClient.location(admin.submit("/admin/api-keys", revoke, List.of())))
                .contains("revoked");
        long written = System.nanoTime();

        awaitOnB(
                "key revocation",
                written,
                Map.of(
                        "API refuses the key",
                        () -> b.get("/api/v1/articles/obesity", "X-API-Key", key)
                                        .statusCode()
                                == 401));
    }

    @Test
    @Order(9)
    void aClientLimitedToNPerPeriodGetsNAcrossBothNodesNotTwiceN() {
        HttpResponse<String> issued =
                admin.submit("/admin/api-keys", "/admin/api-keys", List.of(entry("name", "Cluster limit client")));
        String key = Jsoup.parse(issued.body()).selectFirst("#issued-token").text();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2 * KEY_LIMIT; i++) {
            NodeClient node = i % 2 == 0 ? a : b;
            statuses.add(node.get("/api/v1/articles?size=1", "X-API-Key", key).statusCode());
        }
        assertThat(statuses.subList(0, KEY_LIMIT))
                .as("the first N, alternating A and B")
                .containsOnly(200);
        assertThat(statuses.subList(KEY_LIMIT, 2 * KEY_LIMIT))
                .as("then every request on either node")
                .containsOnly(429);
    }

    @Test
    @Order(6)
    void aScheduledPublicationWithBothNodesUpHappensOnce() throws SQLException {
        String slug = "type-2-diabetes";
        String marker = "plimbertack";
        long revision = steps.approvedCorrection(slug, marker);
        long lastChange = count("SELECT COALESCE(MAX(id), 0) FROM change_log");
        Instant due = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);

        EditorialSteps.step(
                editor,
                revision,
                "publish",
                List.of(
                        entry("at", LocalDateTime.ofInstant(due, ZoneOffset.UTC).toString()),
                        entry("override", "cluster test")));

        // Both nodes look every second: the revision is published by the first look after it is due
        // (within a second), and on B's pages within 2 s of that.
        long firstLook = System.nanoTime()
                + Duration.between(Instant.now(), due).plusSeconds(1).toNanos();
        awaitOnB(
                "scheduled publication (after due + 1 s)",
                firstLook,
                Map.of("topic page", () -> b.get("/topics/" + slug).body().contains(marker)));
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'revision.published' AND to_revision = "
                        + revision))
                .as("audit entries of the publication")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM change_log WHERE kind = 'ARTICLE_PUBLISHED' AND id > " + lastChange))
                .as("change rows of the publication")
                .isEqualTo(1);
    }

    @Test
    @Order(7)
    void anImportByCommandReachesBothServingNodesWithoutARestart() throws Exception {
        String slug = "zymurgic-fever";
        assertThat(a.get("/topics/" + slug).statusCode()).isEqualTo(404);
        assertThat(b.get("/topics/" + slug).statusCode()).isEqualTo(404);
        Path content = Files.createDirectories(work.resolve("content"));
        Files.writeString(content.resolve(slug + ".md"), newArticle(slug));

        String output = importContent(content);
        long written = System.nanoTime();

        assertThat(output).contains("created 1, updated 0, unchanged 0");
        for (NodeClient node : List.of(a, b)) {
            String name = node == a ? "A" : "B";
            awaitOn(
                    node,
                    "import on " + name,
                    written,
                    Map.of(
                            "topic page", () -> node.get("/topics/" + slug).statusCode() == 200,
                            "search", () -> searchFinds(node, "zymurgic", slug),
                            "Atom feed", () -> node.get("/feed.atom").body().contains("Zymurgic Fever"),
                            "sitemap",
                                    () -> node.get("/sitemaps/topics-1.xml")
                                            .body()
                                            .contains("/topics/" + slug + "<")));
        }
    }

    @Test
    @Order(8)
    void aNodeKilledWhileACorrectionIsPublishedCatchesUpWithoutARebuild() {
        String slug = "high-blood-pressure";
        String marker = "vintrapholic";
        cluster.kill(2);
        if (cluster.hasNginx()) {
            NodeClient proxy = new NodeClient(cluster.nginxPort());
            for (int i = 0; i < 4; i++) {
                assertThat(proxy.get("/topics/obesity").statusCode())
                        .as("nginx with node B down")
                        .isEqualTo(200);
            }
        }
        steps.publishCorrection(slug, marker);
        int logBefore = cluster.log(2).length();

        cluster.startNode(2);
        long up = System.nanoTime();

        assertThat(cluster.log(2).substring(logBefore))
                .contains("Started SalusApplication")
                .doesNotContain("Search index rebuilt (");
        awaitOnB(
                "catch-up after restart",
                up,
                Map.of(
                        "search", () -> searchFinds(b, marker, slug),
                        "topic page", () -> b.get("/topics/" + slug).body().contains(marker)));
    }

    // --- what readers see on a node ---------------------------------------------------------------

    /** The answers that show an article: B reads them once first, so any cache there holds them. */
    private Map<String, String> readerSurfaces(NodeClient node, String slug, String icd10) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("topic page", ok(node.get("/topics/" + slug)));
        bodies.put("API article", ok(node.get("/api/v1/articles/" + slug)));
        bodies.put("Atom feed", ok(node.get("/feed.atom")));
        bodies.put("sitemap", ok(node.get("/sitemaps/topics-1.xml")));
        bodies.put("Infobutton answer", ok(node.get(infobutton(icd10))));
        bodies.put("search", ok(node.get("/search?q=" + slug.replace('-', '+'))));
        return bodies;
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        return response.body();
    }

    private static String infobutton(String icd10) {
        return "/infobutton?mainSearchCriteria.v.cs=" + ICD10 + "&mainSearchCriteria.v.c=" + icd10
                + "&knowledgeResponseType=application/json";
    }

    private static boolean searchFinds(NodeClient node, String words, String slug) {
        String page = node.get("/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8))
                .body();
        return Jsoup.parse(page).select("main h2 a[href]").stream()
                .anyMatch(link -> link.attr("href").endsWith("/topics/" + slug));
    }

    private static String sitemapLastmod(NodeClient node, String slug) {
        Matcher entry = Pattern.compile(
                        "<loc>[^<]*/topics/" + Pattern.quote(slug) + "</loc>\\s*<lastmod>([^<]+)</lastmod>")
                .matcher(node.get("/sitemaps/topics-1.xml").body());
        return entry.find() ? entry.group(1) : null;
    }

    private void awaitOnB(String change, long writtenNanos, Map<String, BooleanSupplier> surfaces) {
        awaitOn(b, change + " on B", writtenNanos, surfaces);
    }

    /**
     * Polls until every surface shows the change, at most {@link #VISIBLE_WITHIN_MS} after the write
     * returned; fails naming the surfaces that still showed the old state.
     */
    private void awaitOn(NodeClient node, String change, long writtenNanos, Map<String, BooleanSupplier> surfaces) {
        Map<String, BooleanSupplier> pending = new LinkedHashMap<>(surfaces);
        long deadline = writtenNanos + TimeUnit.MILLISECONDS.toNanos(VISIBLE_WITHIN_MS);
        while (true) {
            pending.values().removeIf(BooleanSupplier::getAsBoolean);
            if (pending.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            pause();
        }
        timings.put(change, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - writtenNanos));
        assertThat(pending.keySet())
                .as(change + ": still old on " + node.base() + " " + VISIBLE_WITHIN_MS + " ms after the write")
                .isEmpty();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- the command line and the database ---------------------------------------------------------

    /** {@code java -jar target/salus.jar import content DIR} against the nodes' database, as an operator runs it. */
    private String importContent(Path folder) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        JAR,
                        "--salus.data-dir=" + work.resolve("cli"),
                        "--logging.level.root=WARN",
                        "import",
                        "content",
                        folder.toString())
                .redirectErrorStream(true);
        builder.environment()
                .putAll(Map.of(
                        "SPRING_DATASOURCE_URL",
                        schemaUrl(),
                        "SPRING_DATASOURCE_USERNAME",
                        pgUser,
                        "SPRING_DATASOURCE_PASSWORD",
                        pgPassword));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static String newArticle(String slug) {
        return """
                ---
                slug: %s
                title: Zymurgic Fever
                language: en
                type: condition
                summary: >-
                  Zymurgic fever is a made-up illness. It is here so a test can see a new
                  article reach every node of the site.
                codes:
                  - system: ICD-10-CM
                    code: R50.9
                    display: Fever, unspecified
                sources:
                  - organisation: Salus test suite
                    title: Cluster test
                    url: https://example.org/cluster-test
                    accessed: 2026-12-01
                review:
                  reviewer: Dr. Priya Raman
                  credentials: MD, MPH
                  specialty: Internal Medicine
                  reviewed: 2026-12-01
                change_note: First publication.
                change_kind: clinical
                ---

                ## What is zymurgic fever? {section=overview}

                Zymurgic fever is not a real illness. It is a name made up for a test.
                """.formatted(slug);
    }

    private String schemaUrl() {
        return pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A number the nodes' database answers (in this run's schema). */
    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(schemaUrl(), pgUser, pgPassword);
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(pgUrl, pgUser, pgPassword)) {
            connection.createStatement().execute(sql);
        }
    }
}
