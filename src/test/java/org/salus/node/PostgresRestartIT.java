package org.salus.node;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away and comes back while two nodes serve (issue 14, "Bad input and faults"):
 * the nodes keep serving the pages they have cached, reconnect by themselves, and a change
 * committed the moment the database is back, before a node has reconnected its notification
 * connection, still reaches that node. Stops and starts the CI's own PostgreSQL
 * ({@code PGBIN}, {@code PGDATA}, {@code PGPORT} from {@code scripts/pg-start.sh}), so it runs only
 * where those are set; failsafe runs the ITs one after another, so nothing else uses it meanwhile.
 */
@EnabledIfEnvironmentVariable(named = "PG_URL", matches = "jdbc:postgresql:.+")
@EnabledIfEnvironmentVariable(named = "PGDATA", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRestartIT {

    private static final String ADMIN_PASSWORD = "copper meadow listens slowly 2048";
    private static final long VISIBLE_WITHIN_MS = 2_000;

    @TempDir
    static Path work;

    private final String pgUrl = System.getenv("PG_URL");
    private final String pgUser = System.getenv().getOrDefault("PG_USER", "salus");
    private final String pgPassword = System.getenv().getOrDefault("PG_PASSWORD", "salus");
    private final String schema =
            "restart_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private Cluster cluster;
    private NodeClient admin;
    private NodeClient b;

    @BeforeAll
    void startTwoNodes() throws SQLException {
        execute("CREATE SCHEMA " + schema);
        cluster = Cluster.start(
                2,
                work.resolve("cluster"),
                Map.of(
                        "PG_URL",
                        pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                        "PG_USER",
                        pgUser,
                        "PG_PASSWORD",
                        pgPassword,
                        "JAVA_OPTS",
                        "-XX:TieredStopAtLevel=1 -Xmx512m",
                        "NODE_ARGS",
                        "--salus.api.anonymous-limit=100000",
                        "CLUSTER_NGINX",
                        "no",
                        "SALUS_ADMIN_INITIAL_PASSWORD",
                        ADMIN_PASSWORD));
        admin = new NodeClient(cluster.port(1));
        b = new NodeClient(cluster.port(2));
        assertThat(admin.signIn("admin", ADMIN_PASSWORD)).doesNotContain("/account/password");
    }

    @AfterAll
    void stop() throws SQLException {
        if (cluster != null) {
            cluster.close();
        }
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void nodesServeCachedPagesWhileTheDatabaseIsDownAndMissNoChangeCommittedAsItReturns() throws Exception {
        HttpResponse<String> issued =
                admin.submit("/admin/api-keys", "/admin/api-keys", List.of(entry("name", "Restart test client")));
        assertThat(issued.statusCode()).isEqualTo(201);
        Document keys = Jsoup.parse(issued.body());
        String key = keys.selectFirst("#issued-token").text();
        String revoke = keys.selectFirst("form[action$=/revoke]").attr("action");
        assertThat(b.get("/api/v1/articles/obesity", "X-API-Key", key).statusCode())
                .as("B checked the key")
                .isEqualTo(200);
        String page = b.get("/topics/obesity").body();
        assertThat(page).contains("Obesity");

        pgCtl("stop", "-m", "fast");
        try {
            HttpResponse<String> whileDown = b.get("/topics/obesity");
            assertThat(whileDown.statusCode())
                    .as("a cached page while PostgreSQL is down")
                    .isEqualTo(200);
            assertThat(whileDown.body()).contains("Obesity");
        } finally {
            pgCtl(
                    "start",
                    "-o",
                    "-p " + System.getenv("PGPORT") + " -k " + System.getenv("PGDATA")
                            + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300");
        }

        // At once, before B's notification connection is back: only B's position tells it to look.
        long written = revokeAsSoonAsNodeAAnswers(revoke);
        await(
                "the key revoked as PostgreSQL came back is refused on B",
                written,
                () -> b.get("/api/v1/articles/obesity", "X-API-Key", key).statusCode() == 401);
        await(
                "B reports the position A wrote",
                written,
                () -> position(b).equals(position(new NodeClient(cluster.port(1)))));
        assertThat(cluster.log(2)).contains("Following the change log again");
    }

    private long revokeAsSoonAsNodeAAnswers(String revoke) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                HttpResponse<String> answer = admin.submit("/admin/api-keys", revoke, List.of());
                if (answer.statusCode() / 100 == 3
                        && answer.headers().firstValue("Location").orElse("").contains("revoked")) {
                    return System.nanoTime();
                }
            } catch (RuntimeException | AssertionError stillReconnecting) {
                // the form page itself failed while A's connection pool reconnects: try again
            }
            assertThat(System.nanoTime())
                    .as("node A answers again after PostgreSQL restarted")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String position(NodeClient node) {
        String health = node.get("/actuator/health").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"changeLog\".*?\"position\":(\\d+)")
                .matcher(health);
        return m.find() ? m.group(1) : "none: " + health;
    }

    private static void await(String what, long writtenNanos, BooleanSupplier done) throws InterruptedException {
        long deadline = writtenNanos + TimeUnit.MILLISECONDS.toNanos(VISIBLE_WITHIN_MS);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as(what + " within " + VISIBLE_WITHIN_MS + " ms")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void pgCtl(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                "runuser",
                "-u",
                "postgres",
                "--",
                System.getenv("PGBIN") + "/pg_ctl",
                "-D",
                System.getenv("PGDATA"),
                "-w",
                "-t",
                "30",
                "-l",
                System.getenv("PGDATA") + "/server.log"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("pg_ctl " + String.join(" ", args) + ": " + output)
                .isZero();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(pgUrl, pgUser, pgPassword)) {
            connection.createStatement().execute(sql);
        }
    }
}
