package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The slow-body attack of issue 13 on loopback, scaled to a site with 40 workers and a 2-second
 * body timeout: 250 connections post forms (and file uploads) to /infobutton and send one byte a
 * second (and half of them to the public story form, whose refusals are the site's HTML error page).
 * Readers must still get their pages, and every slow client must get a refusal: 503 past the
 * per-address cap, 415 for an upload, 408 for a body still arriving after the timeout. Without the
 * guard the 40 workers wait on the slow bodies and the readers' requests time out; had the refusals
 * been rendered through the dispatcher, it would have read the slow bodies and done the same.
 *
 * <p>A refusal answers in the client's form, written without reading the body: the site's error
 * page for browsers, problem+json for JSON clients, plain text for {@code /infobutton}.
 */
@SiteTest
@TestPropertySource(
        properties = {
            "server.tomcat.threads.max=40",
            "salus.request-body.timeout=2s",
            "salus.request-body.max-per-address=5",
            "server.tomcat.connection-timeout=3s"
        })
class SlowBodyGuardTests {

    private static final int SLOW_CLIENTS = 250;
    /** The public story form: a browser's form, answered with the site's pages. */
    private static final String STORY_FORM = "/topics/type-2-diabetes/questions/living-with-it";

    @Autowired
    Http http;

    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void closeEverything() throws IOException {
        trickle.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void readersAreServedWhileSlowClientsPost() throws Exception {
        Map<Socket, Boolean> open = new ConcurrentHashMap<>();
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            Socket socket = slowPost(
                    (i / 2) % 2 == 0 ? "/infobutton" : STORY_FORM,
                    i % 2 == 0 ? "application/x-www-form-urlencoded" : "multipart/form-data; boundary=x");
            open.put(socket, true);
        }
        // One more byte a second on every connection still open, for at most 40 seconds.
        long stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        trickle.scheduleAtFixedRate(
                () -> {
                    for (Socket socket : open.keySet()) {
                        try {
                            if (System.nanoTime() < stopAt) {
                                socket.getOutputStream().write('a');
                                socket.getOutputStream().flush();
                            }
                        } catch (IOException e) {
                            open.remove(socket); // the server closed it
                        }
                    }
                },
                1,
                1,
                TimeUnit.SECONDS);

        for (String page : List.of("/", "/topics/type-2-diabetes", "/dictionary", "/topics")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.url(page)))
                    .timeout(java.time.Duration.ofSeconds(15))
                    .build());
            assertThat(response.statusCode()).as(page).isEqualTo(200);
        }

        int refusedAtOnce = 0;
        int timedOut = 0;
        for (Socket socket : sockets) {
            String status = statusLine(socket);
            assertThat(status).matches("HTTP/1\\.1 (503|408|415)\\b.*");
            if (status.startsWith("HTTP/1.1 408")) {
                timedOut++;
            } else {
                refusedAtOnce++;
            }
        }
        assertThat(refusedAtOnce).isGreaterThan(SLOW_CLIENTS / 2);
        assertThat(timedOut).isPositive();
    }

    @Test
    void aFormStillArrivesWithItsQueryAndBodyFields() throws Exception {
        String form = "mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=E11.9"
                + "&informationRecipient.languageCode.c=en";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(http.url("/infobutton?knowledgeResponseType=application/json")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Type 2 Diabetes");
    }

    @Test
    void aFormLargerThanTheLimitIsRefusedUnread() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream()
                    .write(("POST /infobutton HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 900000\r\n\r\na")
                            .getBytes(StandardCharsets.US_ASCII));
            Answer answer = Answer.read(socket);
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.header("Content-Type"))
                    .isEqualTo("text/plain;charset=UTF-8"); // as EHR clients get errors
            assertThat(answer.body()).contains("That is more than this page accepts");
        }
    }

    @Test
    void aBrowserPostingTooLongAFormGetsTheSitesErrorPage() throws Exception {
        Answer answer = postUnread(
                STORY_FORM,
                "application/x-www-form-urlencoded",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.header("Connection")).isEqualTo("close");
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("header.site-header")).hasSize(1);
        assertThat(page.select("main h1").text()).isEqualTo("That is more than this page accepts");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith("/css/salus");
        assertThat(page.select("main a[href=/]")).isNotEmpty();
    }

    @Test
    void aBrowserUploadingAFileOutsideTheImportsGetsTheSitesErrorPage() throws Exception {
        Answer answer = postUnread(STORY_FORM, "multipart/form-data; boundary=x", "text/html");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(answer.header("Content-Security-Policy")).isNotNull();
        assertThat(Jsoup.parse(answer.body()).select("main h1").text()).isEqualTo("This page does not take files");
    }

    @Test
    void jsonClientsGetAProblem() throws Exception {
        for (String[] client : new String[][] {{"/api/v1/topics", "*/*"}, {STORY_FORM, "application/json"}}) {
            Answer answer = postUnread(client[0], "application/x-www-form-urlencoded", client[1]);

            assertThat(answer.status()).as(client[0]).isEqualTo(413);
            assertThat(answer.header("Content-Type")).as(client[0]).isEqualTo("application/problem+json");
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
            assertThat(problem.get("status").asInt()).isEqualTo(413);
            assertThat(problem.get("title").asString()).isEqualTo("That is more than this page accepts");
            assertThat(problem.get("detail").asString()).isNotBlank();
        }
    }

    /** Posts the head of a body far over the limit and reads the whole answer; the rest is never sent. */
    private Answer postUnread(String path, String contentType, String accept) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream()
                    .write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nContent-Type: "
                                    + contentType + "\r\nContent-Length: 900000\r\n\r\na")
                            .getBytes(StandardCharsets.US_ASCII));
            return Answer.read(socket);
        }
    }

    /** An HTTP/1.1 answer read until the server closes the connection. */
    private record Answer(int status, Map<String, String> headers, String body) {

        static Answer read(Socket socket) throws IOException {
            String whole = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = whole.indexOf("\r\n\r\n");
            String[] lines = whole.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, whole.substring(end + 4));
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private Socket slowPost(String path, String contentType) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port());
        socket.setSoTimeout(20_000);
        sockets.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                        + "\r\nContent-Length: 10000\r\n\r\na")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** The first line of the answer; the socket's timeout bounds the wait. */
    private static String statusLine(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return line.toString().trim();
    }

    private int port() {
        return URI.create(http.url("/")).getPort();
    }
}
