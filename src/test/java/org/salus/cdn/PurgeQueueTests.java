package org.salus.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.salus.changes.ChangeHistory;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The purge hook end to end: a publication through the editorial workflow appends its keys to the
 * queue file, and a real HTTP receiver on loopback gets them with the bearer token; while the
 * receiver fails, the entry stays unsent and is sent once it answers again. Waits poll with a
 * deadline; nothing depends on how long a step takes.
 */
@SiteTest
@OwnContext("cdn-purge")
class PurgeQueueTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path QUEUE = Path.of("target", "test-data", "cdn-" + UUID.randomUUID(), "purge.jsonl");
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static volatile boolean failing;
    private static final HttpServer RECEIVER = receiver();

    /** One POST the receiver got, and the status it answered. */
    record Received(String authorization, String contentType, JsonNode body, int status) {

        Set<String> keys() {
            Set<String> keys = new TreeSet<>();
            body.get("surrogate_keys").forEach(key -> keys.add(key.asString()));
            return keys;
        }
    }

    @Autowired
    Publisher publisher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PurgeKeySource> sources;

    @Autowired
    ChangeHistory history;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void purgeSettings(DynamicPropertyRegistry settings) {
        settings.add("salus.cdn.purge-file", QUEUE::toString);
        settings.add(
                "salus.cdn.purge-url",
                () -> "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/purge");
        settings.add("salus.cdn.purge-token", () -> "test-token");
        settings.add("salus.cdn.purge-retry-delay", () -> "200ms");
        settings.add("salus.cdn.purge-retry-max-delay", () -> "1s");
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.stop(0);
    }

    @Test
    void aPublicationQueuesItsKeysAndPostsThemWithTheToken() {
        publisher.publish(
                "cdn-gout",
                Drafts.draft("Gout")
                        .overview("Gout is a kind of arthritis. People with insulin resistance get it more often.")
                        .build());
        long id = articleId("cdn-gout");
        Set<String> expected = new TreeSet<>(CdnKeys.articleLists());
        expected.add(CdnKeys.article(id));
        expected.addAll(termsLinkedBy(id));

        PurgeFile.Entry entry = await(() -> entryNaming(CdnKeys.article(id)));

        assertThat(new TreeSet<>(entry.keys())).isEqualTo(expected);
        assertThat(termsLinkedBy(id)).as("the text links a dictionary word").isNotEmpty();
        Received purge = await(() -> receivedWith(CdnKeys.article(id), 200));
        assertThat(purge.authorization()).isEqualTo("Bearer test-token");
        assertThat(purge.contentType()).isEqualTo("application/json");
        assertThat(purge.keys()).containsAll(expected);
        await(() -> allSent() ? Optional.of(true) : Optional.empty());
    }

    @Test
    void whileTheReceiverFailsTheEntryStaysQueuedAndIsSentLater() {
        failing = true;
        try {
            publisher.publish("cdn-bunions", Drafts.draft("Bunions").build());
            long id = articleId("cdn-bunions");

            await(() -> entryNaming(CdnKeys.article(id)));
            await(() -> receivedWith(CdnKeys.article(id), 503));
            assertThat(allSent()).as("a refused purge is not marked sent").isFalse();
        } finally {
            failing = false;
        }
        long id = articleId("cdn-bunions");
        Received purge = await(() -> receivedWith(CdnKeys.article(id), 200));
        assertThat(purge.keys()).contains(CdnKeys.article(id), CdnKeys.FEEDS);
        await(() -> allSent() ? Optional.of(true) : Optional.empty());
    }

    /**
     * A second purging node's queue, started and stopped by hand around a publication: what was
     * published while it was down is queued and POSTed when it starts again (its own token tells
     * its POSTs from the site's own queue's).
     */
    @Test
    void aChangeMadeWhileThePurgingNodeWasDownIsPurgedWhenItStarts() throws Exception {
        Path queue = QUEUE.resolveSibling("other-node/purge.jsonl");
        try (PurgeQueue first = otherNode(queue)) {
            first.run(null);
        }
        assertThat(PurgePosition.read(PurgePosition.fileOf(queue.toAbsolutePath())))
                .as("a first start stores where it begins")
                .isPresent();
        assertThat(queue).as("and purges nothing").doesNotExist();

        publisher.publish("cdn-while-down", Drafts.draft("Shin splints").build());
        long id = articleId("cdn-while-down");

        try (PurgeQueue again = otherNode(queue)) {
            again.run(null);
            Received purge = await(() -> RECEIVED.stream()
                    .filter(r -> "Bearer other-node".equals(r.authorization()) && r.status() == 200)
                    .filter(r -> r.keys().contains(CdnKeys.article(id)))
                    .findFirst());
            assertThat(purge.keys()).contains(CdnKeys.FEEDS, CdnKeys.topics("en"));
        }
        long stored = PurgePosition.read(PurgePosition.fileOf(queue.toAbsolutePath()))
                .orElseThrow()
                .position();
        assertThat(stored).as("the position moved past the publication").isGreaterThanOrEqualTo(positionOf(id));
    }

    /** A stored position this database's log does not have (another database): everything is purged. */
    @Test
    void aPositionFromAnotherDatabasePurgesEverything() throws Exception {
        Path queue = QUEUE.resolveSibling("restored-node/purge.jsonl");
        Files.createDirectories(queue.getParent());
        new PurgePosition(history.position(), "1999-01-01T00:00", "1999-01-01T00:00:00Z")
                .write(PurgePosition.fileOf(queue.toAbsolutePath()));

        try (PurgeQueue started = otherNode(queue)) {
            started.run(null);
        }

        assertThat(Files.readString(queue)).contains("\"keys\":[\"all\"]");
    }

    private PurgeQueue otherNode(Path queue) {
        URI receiver = URI.create("http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/purge");
        CdnProperties settings = new CdnProperties(
                Duration.ofSeconds(60),
                Duration.ofDays(1),
                queue,
                receiver,
                queue.getParent().getFileName().toString(),
                Duration.ofSeconds(5),
                Duration.ofMillis(200),
                Duration.ofSeconds(1));
        return new PurgeQueue(settings, sources, history, clock);
    }

    private long positionOf(long articleId) {
        return jdbc.sql("SELECT MAX(id) FROM change_log WHERE subjects LIKE :subject")
                .param("subject", "%article:" + articleId + " %")
                .query(Long.class)
                .single();
    }

    private Set<String> termsLinkedBy(long articleId) {
        return new TreeSet<>(jdbc.sql("""
                        SELECT t.id FROM term t WHERE t.retired_at IS NULL AND EXISTS (
                            SELECT 1 FROM revision_section s JOIN article a ON a.published_revision_id = s.revision_id
                            WHERE a.id = :id AND s.body_html LIKE CONCAT('%href="/dictionary/', t.slug, '"%'))""").param("id", articleId).query(Long.class).list().stream()
                .map(CdnKeys::term)
                .toList());
    }

    private long articleId(String slug) {
        return jdbc.sql("SELECT id FROM article WHERE slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    private static Optional<PurgeFile.Entry> entryNaming(String key) {
        return entries().stream().filter(e -> e.keys().contains(key)).findFirst();
    }

    private static List<PurgeFile.Entry> entries() {
        try {
            if (!Files.exists(QUEUE)) {
                return List.of();
            }
            return Files.readAllLines(QUEUE).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> JSON.readValue(line, PurgeFile.Entry.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Received> receivedWith(String key, int status) {
        return RECEIVED.stream()
                .filter(r -> r.status() == status && r.keys().contains(key))
                .findFirst();
    }

    /** Whether the sent mark is at the end of the queue file. */
    private static boolean allSent() {
        try {
            Path mark = QUEUE.resolveSibling(QUEUE.getFileName() + ".sent");
            return Files.exists(mark) && Long.parseLong(Files.readString(mark).strip()) == Files.size(QUEUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T await(Supplier<Optional<T>> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            assertThat(Instant.now()).as("waited 30 s").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static HttpServer receiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/purge", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                int status = failing ? 503 : 200;
                RECEIVED.add(new Received(
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        JSON.readTree(new String(body, StandardCharsets.UTF_8)),
                        status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
