package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.brotli.dec.BrotliInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salus.account.Role;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Compression over real HTTP: each kind of text answer, asked for with Brotli, gzip and no
 * coding, decodes (with Google's reference decoder for Brotli) to the bytes sent uncompressed;
 * ETags still revalidate; HEAD answers GET's headers.
 */
@SiteTest
class ResponseCompressionTests {

    /** The pages and API lists with body ETags, a topic page, feeds, scripts and styles. */
    private static final String[] TEXT = {
        "/",
        "/topics",
        "/dictionary",
        "/dictionary/insulin",
        "/reviewers/dr-lena-marsh",
        "/topics/type-2-diabetes",
        "/api/v1/articles",
        "/api/v1/terms",
        "/js/search.js",
        "/css/salus.css",
        "/feed.atom",
        "/sitemaps/topics-1.xml"
    };

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    Http http;

    @Autowired
    People people;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/topics",
                "/dictionary",
                "/dictionary/insulin",
                "/reviewers/dr-lena-marsh",
                "/topics/type-2-diabetes",
                "/api/v1/articles",
                "/api/v1/terms",
                "/js/search.js",
                "/css/salus.css",
                "/feed.atom",
                "/sitemaps/topics-1.xml"
            })
    void textIsSentInTheCodingTheClientAccepts(String path) {
        HttpResponse<byte[]> plain = send("GET", path);
        HttpResponse<byte[]> gzip = send("GET", path, "Accept-Encoding", "gzip, deflate");
        HttpResponse<byte[]> brotli = send("GET", path, "Accept-Encoding", "gzip, deflate, br, zstd");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body().length).isGreaterThan(1024);
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
        assertThat(unbrotli(brotli.body())).isEqualTo(plain.body());
        assertThat(brotli.body().length).isLessThan(plain.body().length / 2);
        for (HttpResponse<byte[]> response : List.of(plain, gzip, brotli)) {
            assertThat(varies(response)).as("Vary of %s", response).contains("accept-encoding");
        }
    }

    /**
     * The signed-in pages of reviewers and editors are text too (issue 18 lists them with the reader
     * pages): the review queue, an article's editorial page, the editor's form.
     */
    @Test
    void signedInEditorialPagesAreCompressed() {
        people.create("compression-reviewer", Role.REVIEWER, Role.EDITOR);
        Visitor staff = http.visitor();
        staff.signIn("compression-reviewer", People.PASSWORD);
        String session = "SESSION=" + staff.session();

        for (String path : List.of("/editor", "/editor/articles/type-2-diabetes", "/editor/articles/new")) {
            HttpResponse<byte[]> plain = send("GET", path, "Cookie", session);
            HttpResponse<byte[]> gzip = send("GET", path, "Cookie", session, "Accept-Encoding", "gzip");
            HttpResponse<byte[]> brotli = send("GET", path, "Cookie", session, "Accept-Encoding", "br");

            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.body().length).as(path).isGreaterThan(1024);
            assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(brotli.headers().firstValue("Content-Encoding")).as(path).hasValue("br");
            // Each answer has a fresh CSRF token of the same length, so the pages differ only there.
            for (byte[] decoded : List.of(gunzip(gzip.body()), unbrotli(brotli.body()))) {
                assertThat(decoded.length).as(path).isEqualTo(plain.body().length);
                assertThat(new String(decoded, java.nio.charset.StandardCharsets.UTF_8))
                        .as(path)
                        .startsWith("<!DOCTYPE html>")
                        .endsWith("</html>\n\n");
            }
        }
    }

    @Test
    void clientsThatRefuseACodingGetAnotherOrNone() {
        assertThat(send("GET", "/topics", "Accept-Encoding", "br;q=0, gzip")
                        .headers()
                        .firstValue("Content-Encoding"))
                .hasValue("gzip");
        assertThat(send("GET", "/topics", "Accept-Encoding", "gzip;q=0.5, br;q=1.0")
                        .headers()
                        .firstValue("Content-Encoding"))
                .hasValue("br");
        assertThat(send("GET", "/topics", "Accept-Encoding", "identity")
                        .headers()
                        .firstValue("Content-Encoding"))
                .isEmpty();
        assertThat(send("GET", "/topics", "Accept-Encoding", "*;q=0").headers().firstValue("Content-Encoding"))
                .isEmpty();
    }

    @Test
    void smallAndBinaryAnswersAreSentAsTheyAre() {
        HttpResponse<byte[]> robots = send("GET", "/robots.txt", "Accept-Encoding", "br, gzip");
        assertThat(robots.body().length).isLessThan(1024);
        assertThat(robots.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(robots.headers().firstValueAsLong("Content-Length")).hasValue(robots.body().length);
    }

    /** The body ETag of a compressed answer is weak (one ETag, equivalent representations). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/topics",
                "/dictionary",
                "/reviewers/dr-lena-marsh",
                "/api/v1/terms",
                "/topics/type-2-diabetes"
            })
    void etagsRevalidateWhateverTheCoding(String path) {
        HttpResponse<byte[]> plain = send("GET", path);
        HttpResponse<byte[]> brotli = send("GET", path, "Accept-Encoding", "br");
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        String brotliTag = brotli.headers().firstValue("ETag").orElseThrow();
        assertThat(brotliTag).startsWith("W/\"");
        assertThat(brotliTag).isEqualTo(plainTag.startsWith("W/") ? plainTag : "W/" + plainTag);

        for (String coding : new String[] {"br", "gzip"}) {
            HttpResponse<byte[]> revalidated = send("GET", path, "Accept-Encoding", coding, "If-None-Match", brotliTag);
            assertThat(revalidated.statusCode()).as("%s with %s", path, coding).isEqualTo(304);
            assertThat(revalidated.body()).isEmpty();
            assertThat(revalidated.headers().firstValue("ETag")).hasValue(brotliTag);
            assertThat(varies(revalidated)).contains("accept-encoding");
        }
        assertThat(send("GET", path, "If-None-Match", plainTag).statusCode()).isEqualTo(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "gzip", "br"})
    void headAnswersTheHeadersOfGet(String acceptEncoding) {
        for (String path : TEXT) {
            String[] headers =
                    acceptEncoding.isEmpty() ? new String[0] : new String[] {"Accept-Encoding", acceptEncoding};
            HttpResponse<byte[]> get = send("GET", path, headers);
            HttpResponse<byte[]> head = send("HEAD", path, headers);
            assertThat(head.statusCode()).isEqualTo(get.statusCode());
            assertThat(head.body()).isEmpty();
            for (String name : List.of(
                    "ETag",
                    "Content-Type",
                    "Content-Encoding",
                    "Content-Length",
                    "Vary",
                    "Cache-Control",
                    "Last-Modified",
                    "Content-Language")) {
                assertThat(head.headers().allValues(name))
                        .as("%s of HEAD %s (%s)", name, path, acceptEncoding)
                        .isEqualTo(get.headers().allValues(name));
            }
        }
    }

    private static String varies(HttpResponse<?> response) {
        return String.join(",", response.headers().allValues("Vary")).toLowerCase(java.util.Locale.ROOT);
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)))
                .timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] unbrotli(byte[] bytes) {
        try (InputStream in = new BrotliInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
