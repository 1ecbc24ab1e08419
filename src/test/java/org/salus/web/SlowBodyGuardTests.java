package org.salus.web;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slow-body attack of issue 13 on loopback, scaled to a site with 40 workers and a 2-second
 * body timeout: 250 connections post forms (and file uploads) to /infobutton and send one byte a
 * second. Readers must still get their pages, and every slow client must get a refusal: 503 past
 * the per-address cap, 415 for an upload, 408 for a body still arriving after the timeout.
 * Without the guard the 40 workers wait on the slow bodies and the readers' requests time out.
 */
@SiteTest
@TestPropertySource(properties = {"server.tomcat.threads.max=40", "salus.request-body.timeout=2s",
    "salus.request-body.max-per-address=5", "server.tomcat.connection-timeout=3s"})
class SlowBodyGuardTests {

    private static final int SLOW_CLIENTS = 250;

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
            Socket socket = slowPost(i % 2 == 0 ? "application/x-www-form-urlencoded" : "multipart/form-data; boundary=x");
            open.put(socket, true);
        }
        // One more byte a second on every connection still open, for at most 40 seconds.
        long stopAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        trickle.scheduleAtFixedRate(() -> {
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
        }, 1, 1, TimeUnit.SECONDS);

        for (String page : List.of("/", "/topics/type-2-diabetes", "/dictionary", "/topics")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.url(page)))
                    .timeout(java.time.Duration.ofSeconds(15)).build());
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
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(http.url("/infobutton?knowledgeResponseType=application/json")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Type 2 Diabetes");
    }

    @Test
    void aFormLargerThanTheLimitIsRefusedUnread() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST /infobutton HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 900000\r\n\r\na")
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(statusLine(socket)).startsWith("HTTP/1.1 413");
        }
    }

    private Socket slowPost(String contentType) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port());
        socket.setSoTimeout(20_000);
        sockets.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /infobutton HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                + "\r\nContent-Length: 10000\r\n\r\na").getBytes(StandardCharsets.US_ASCII));
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
