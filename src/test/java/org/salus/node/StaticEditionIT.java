package org.salus.node;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.salus.cdn.CdnKeys;

/**
 * The static edition behind nginx, as docs/nginx.md runs it: one node from the packaged jar with
 * {@code --salus.static.dir=DIR} (it writes the whole edition at its first start, then the pages
 * each change affects), nginx with deploy/nginx/salus-static.conf in front ({@code
 * CLUSTER_STATIC_DIR=DIR scripts/cluster.sh start 1}, on the node's embedded database). Pages come from the files (the
 * node's access log shows it was not asked), byte for byte what the node serves for the same
 * address; everything else reaches the node. nginx is required when {@code
 * SALUS_REQUIRE_NGINX=true} (CI), otherwise its absence skips the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaticEditionIT {

    /** How soon after a publication returns nginx must serve the new page (issue 18). */
    private static final long WRITTEN_WITHIN_MS = 2_000;

    private static final String ADMIN_PASSWORD = "amber lantern quietly orbits 1987";
    private static final String JAR = System.getenv().getOrDefault("SALUS_JAR", "target/salus.jar");
    private static final boolean NGINX_REQUIRED = "true".equals(System.getenv("SALUS_REQUIRE_NGINX"));

    /** One address of every page type the edition holds, and its file under DIR/pages. */
    private static final Map<String, String> PAGES = pages();

    /** What nginx sends the same as the app, on a page it serves from a file. */
    private static final List<String> SAME_HEADERS = List.of(
            "Cache-Control",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Content-Security-Policy",
            "Referrer-Policy",
            "X-XSS-Protection");

    @TempDir
    static Path work;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Path edition;
    private Cluster cluster;
    private int app;
    private int nginx;
    private EditorialSteps steps;

    @BeforeAll
    void startTheNodeBehindNginxAndAwaitItsEdition() throws IOException {
        boolean installed = Files.isExecutable(Path.of("/usr/sbin/nginx"));
        Assumptions.assumeTrue(installed || NGINX_REQUIRED, "nginx is not installed (apt-get install nginx)");
        // nginx's workers run as another user ("nobody" under the root master cluster.sh starts):
        // the edition must be readable for them, as for www-data in production.
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        edition = work.resolve("edition");
        cluster = Cluster.start(
                1,
                work.resolve("cluster"),
                Map.of(
                        // The node's own embedded database, not CI's PostgreSQL.
                        "PG_URL",
                        "",
                        "CLUSTER_STATIC_DIR",
                        edition.toString(),
                        "CLUSTER_NGINX",
                        "yes",
                        "JAVA_OPTS",
                        "-XX:TieredStopAtLevel=1 -Xmx512m",
                        "SALUS_ADMIN_INITIAL_PASSWORD",
                        ADMIN_PASSWORD,
                        // The node that writes the edition also queues the CDN purges of its files.
                        "NODE_ARGS",
                        "--salus.cdn.purge-file=" + work.resolve("purge.jsonl")));
        app = cluster.port(1);
        nginx = cluster.nginxPort();
        awaitWholeEdition();
    }

    @AfterAll
    void stop() {
        if (cluster != null) {
            List<String> lines = cluster.log(1).lines().toList();
            System.out.println("--- node log (end) ---");
            lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(System.out::println);
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void everyPageTypeComesFromItsFileByteForByteWhatTheAppServes() throws IOException {
        long asked = settledRequestsServed();
        Map<String, HttpResponse<byte[]>> fromNginx = new LinkedHashMap<>();
        PAGES.keySet().forEach(path -> fromNginx.put(path, get(nginx, path)));
        assertThat(settledRequestsServed()).as("requests the node answered").isEqualTo(asked);

        for (var page : fromNginx.entrySet()) {
            String path = page.getKey();
            HttpResponse<byte[]> served = page.getValue();
            assertThat(served.statusCode()).as(path).isEqualTo(200);
            assertThat(served.headers().firstValue("ETag").orElse(""))
                    .as(path + ": nginx's ETag (mtime-size), not the app's")
                    .matches("\"[0-9a-f]+-[0-9a-f]+\"");
            assertThat(served.body())
                    .as(path + " is its file")
                    .isEqualTo(Files.readAllBytes(edition.resolve(PAGES.get(path))));
            HttpResponse<byte[]> fromApp = get(app, path);
            assertThat(string(served)).as(path + " is what the app serves").isEqualTo(string(fromApp));
            assertThat(served.headers().allValues("Cache-Control"))
                    .as(path + ": the app's Cache-Control")
                    .isEqualTo(fromApp.headers().allValues("Cache-Control"));
            assertThat(served.headers().allValues("Surrogate-Key"))
                    .as(path + ": the file's key, by its address (docs/cdn.md)")
                    .containsExactly(CdnKeys.page(path) + " all");
            assertThat(served.headers().allValues("Cache-Tag")).as(path).containsExactly(CdnKeys.page(path) + ",all");
        }
    }

    @Test
    @Order(2)
    void aPageHasTheAppsCachingAndSecurityHeadersAndAnswersConditionalRequests() {
        HttpResponse<byte[]> fromApp = get(app, "/topics/obesity");
        HttpResponse<byte[]> fromFile = get(nginx, "/topics/obesity");
        for (String header : SAME_HEADERS) {
            assertThat(fromFile.headers().allValues(header))
                    .as(header)
                    .isEqualTo(fromApp.headers().allValues(header));
        }
        assertThat(fromFile.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(fromFile.headers().firstValue("Last-Modified")).isPresent();

        String etag = fromFile.headers().firstValue("ETag").orElseThrow();
        assertThat(get(nginx, "/topics/obesity", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
    }

    @Test
    @Order(3)
    void compressedSiblingsAreSentAsTheyAreWhenAskedFor() throws IOException {
        Path page = edition.resolve("pages/topics/obesity.html");
        HttpResponse<byte[]> gzip = get(nginx, "/topics/obesity", "Accept-Encoding", "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().allValues("Vary")).contains("Accept-Encoding");
        assertThat(gunzip(gzip.body())).isEqualTo(Files.readAllBytes(page));

        Assumptions.assumeTrue(
                NGINX_REQUIRED || Files.exists(Path.of("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")),
                "nginx's Brotli module is not installed (apt-get install libnginx-mod-http-brotli-static)");
        HttpResponse<byte[]> brotli = get(nginx, "/topics/obesity", "Accept-Encoding", "br, gzip");
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.body()).isEqualTo(Files.readAllBytes(Path.of(page + ".br")));
    }

    @Test
    @Order(4)
    void textSizeWorksWithoutJavaScriptThroughNginx() {
        NodeClient reader = new NodeClient(nginx);
        Document page = Jsoup.parse(reader.get("/topics/obesity").body());
        assertThat(page.select("link[rel=stylesheet][href=/text-size.css]")).isNotEmpty();
        String medium = reader.get("/text-size.css").body();

        // The control is a plain GET form: what a browser without JavaScript sends for "Larger text".
        Element form = page.selectFirst("form#text-size");
        String query = "return=" + form.selectFirst("input[name=return]").val() + "&size=large";
        HttpResponse<String> chosen = reader.get(form.attr("action") + "?" + query);
        assertThat(chosen.statusCode()).isEqualTo(303);

        HttpResponse<String> large = reader.get("/text-size.css");
        assertThat(large.body()).isNotEqualTo(medium);
        assertThat(large.body())
                .as("the app's stylesheet for the same cookie")
                .isEqualTo(string(get(app, "/text-size.css", "Cookie", "salus_text_size=large")));
        HttpResponse<byte[]> fromApp = get(app, "/text-size.css", "Cookie", "salus_text_size=large");
        assertThat(large.headers().allValues("Cache-Control"))
                .isEqualTo(fromApp.headers().allValues("Cache-Control"));
        assertThat(large.headers().allValues("Vary")).contains("Cookie");
        assertThat(reader.get("/topics/obesity").body())
                .as("one page for every reader")
                .isEqualTo(string(get(nginx, "/topics/obesity")));
    }

    @Test
    @Order(5)
    void theLanguageSwitchLeadsToTheSpanishFiles() {
        long asked = settledRequestsServed();
        Document home = Jsoup.parse(string(get(nginx, "/")));
        String spanish = home.selectFirst("a.language-switch[hreflang=es]").attr("href");
        HttpResponse<byte[]> es = get(nginx, spanish);
        assertThat(es.statusCode()).isEqualTo(200);
        Document esHome = Jsoup.parse(string(es));
        assertThat(esHome.selectFirst("html").attr("lang")).isEqualTo("es");
        String back = esHome.selectFirst("a.language-switch[hreflang=en]").attr("href");
        assertThat(get(nginx, back).statusCode()).isEqualTo(200);
        assertThat(settledRequestsServed()).as("requests the node answered").isEqualTo(asked);
    }

    @Test
    @Order(6)
    void queryStringsSearchFormsAndUnknownAddressesReachTheApp() {
        long asked = settledRequestsServed();
        HttpResponse<byte[]> letter = get(nginx, "/topics?letter=O");
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(string(letter)).contains("href=\"/topics/obesity\"");
        HttpResponse<byte[]> search = get(nginx, "/search?q=obesity");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(string(search)).contains("/topics/obesity");
        HttpResponse<byte[]> unknown = get(nginx, "/topics/no-such-topic");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(string(unknown))
                .as("the app's 404 page (its absolute links name the address asked)")
                .isEqualTo(string(get(app, "/topics/no-such-topic"))
                        .replace("127.0.0.1:" + app + "/", "127.0.0.1:" + nginx + "/"));
        assertThat(post(nginx, "/topics/obesity").statusCode())
                .as("a form post without its CSRF token: refused by the app, not by nginx (405)")
                .isEqualTo(403);
        assertThat(get(nginx, "/actuator/health").statusCode()).isEqualTo(404);
        // Tomcat writes a request's access-log line after its response has gone out: on a loaded
        // machine the last one can lag the client's answer.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (cluster.requestsServed(1) - asked < 5 && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(cluster.requestsServed(1) - asked)
                .as("requests the node answered (the four through nginx, and one direct)")
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    @Order(7)
    void aPublicationThroughTheWorkflowIsInTheFileWithinTwoSeconds() throws IOException {
        String slug = "high-blood-pressure";
        String marker = "quorblaxine";
        Path page = edition.resolve("pages/topics/" + slug + ".html");
        EditorialSteps steps = editorialSteps();

        long written = steps.publishCorrection(slug, marker);

        long deadline = written + TimeUnit.MILLISECONDS.toNanos(WRITTEN_WITHIN_MS);
        while (!string(get(nginx, "/topics/" + slug)).contains(marker) && System.nanoTime() < deadline) {
            pause();
        }
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written);
        System.out.println("StaticEditionIT: publication -> nginx serves the new file (ms): " + took);
        assertThat(string(get(nginx, "/topics/" + slug)))
                .as("served by nginx " + WRITTEN_WITHIN_MS + " ms after the publication")
                .contains(marker);
        assertThat(gunzip(
                        get(nginx, "/topics/" + slug, "Accept-Encoding", "gzip").body()))
                .as("its .gz sibling")
                .isEqualTo(Files.readAllBytes(page));
        assertThat(Files.getLastModifiedTime(Path.of(page + ".br")))
                .as("its .br sibling, written with it")
                .isEqualTo(Files.getLastModifiedTime(page));

        // The purge queue names the file's key once the file is written, so a CDN in front of
        // nginx that refetches at once gets the new file.
        String key = "\"" + CdnKeys.page("/topics/" + slug) + "\"";
        Path queue = work.resolve("purge.jsonl");
        long purgeDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(queue) && Files.readString(queue).contains(key)) && System.nanoTime() < purgeDeadline) {
            pause();
        }
        assertThat(Files.readString(queue)).as("the purge queue").contains(key);
        assertThat(Files.readString(page))
                .as("the file when its purge was queued")
                .contains(marker);
    }

    @Test
    @Order(8)
    void aRetiredArticleIsGoneFromNginxWithTheApps410Page() throws IOException {
        String slug = "polycystic-ovary-syndrome";
        String path = "/topics/" + slug;
        assertThat(get(nginx, path).statusCode()).isEqualTo(200);

        HttpResponse<String> retired = editorialSteps()
                .editor()
                .submit(
                        "/editor/articles/" + slug,
                        "/editor/articles/" + slug + "/retire",
                        List.of(entry("reason", "Static edition test: retired")));
        assertThat(NodeClient.location(retired)).doesNotContain("problem");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WRITTEN_WITHIN_MS);
        while (get(nginx, path).statusCode() != 410 && System.nanoTime() < deadline) {
            pause();
        }

        // The node is still writing the other pages the retirement affects (its access log grows):
        // the file's ETag, which the app's error pages never carry, shows where the answer came from.
        HttpResponse<byte[]> gone = get(nginx, path);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("ETag").orElse(""))
                .as("nginx's ETag of the gone/ file")
                .matches("\"[0-9a-f]+-[0-9a-f]+\"");
        assertThat(gone.body()).isEqualTo(Files.readAllBytes(edition.resolve("gone/topics/" + slug + ".html")));
        assertThat(gone.headers().firstValue("Surrogate-Key"))
                .as("a 410 page is not stored: no key")
                .isEmpty();
        HttpResponse<byte[]> fromApp = get(app, path);
        assertThat(fromApp.statusCode()).isEqualTo(410);
        assertThat(string(gone)).as("the app's 410 page").isEqualTo(string(fromApp));
        for (String header : SAME_HEADERS) {
            assertThat(gone.headers().allValues(header))
                    .as(header)
                    .isEqualTo(fromApp.headers().allValues(header));
        }
    }

    // --- the edition and the node ----------------------------------------------------------------

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "pages/index.html");
        for (String path : List.of(
                "/es",
                "/topics",
                "/es/topics",
                "/topics/obesity",
                "/topics/resistencia-insulina",
                "/dictionary",
                "/es/dictionary",
                "/dictionary/a1c",
                "/quizzes",
                "/es/quizzes",
                "/quizzes/test-your-blood-pressure-iq")) {
            pages.put(path, "pages" + path + ".html");
        }
        for (String path : List.of("/feed.atom", "/sitemap.xml", "/sitemaps/topics-1.xml", "/robots.txt")) {
            pages.put(path, "pages" + path);
        }
        return pages;
    }

    /** Waits until the node has written the whole edition at its first start ({@code edition.json} is last). */
    private void awaitWholeEdition() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(edition.resolve("edition.json")) && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(edition.resolve("edition.json"))
                .as("the edition, written at the node's first start")
                .exists();
    }

    /** An editor and a reviewer on the node, made by the administrator once. */
    private EditorialSteps editorialSteps() {
        if (steps == null) {
            NodeClient admin = new NodeClient(app);
            assertThat(admin.signIn("admin", ADMIN_PASSWORD)).doesNotContain("/account/password");
            steps = EditorialSteps.editorAndReviewer(admin, app, "static");
        }
        return steps;
    }

    // --- HTTP, as bytes ------------------------------------------------------------------------------

    /** GET without Accept-Encoding (the file itself), with optional header name/value pairs. */
    private HttpResponse<byte[]> get(int port, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private HttpResponse<byte[]> post(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String string(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }

    /**
     * The node's request count once its access log has stopped growing: Tomcat writes a request's
     * line after the response has gone out, so a count read at once can miss the last request of
     * the test before (CI counted one more at the end of a test that sent the node nothing).
     */
    private long settledRequestsServed() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long count = cluster.requestsServed(1);
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 4; i++) {
                pause(); // 200 ms without a new line
            }
            long again = cluster.requestsServed(1);
            if (again == count) {
                return count;
            }
            count = again;
        }
        return count;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
