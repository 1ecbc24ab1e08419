package org.salus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salus.SalusApplication;
import org.salus.account.Role;
import org.salus.importing.ImportOptions;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.Visitor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Two app nodes on one database, as behind a load balancer: an import uploaded to node A is
 * listed and shown, with its progress and report, by node B over HTTP; a job whose node stopped
 * writing to it is shown as interrupted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportJobsTests {

    static final Path GLOSSARY = Path.of("src/test/resources/dictionary-import/nci-glossary-sample.tsv");

    Path folder;
    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;
    Visitor adminOnB;

    @BeforeAll
    void startTwoNodes() throws Exception {
        folder = Files.createTempDirectory("import-jobs");
        String database = "jdbc:h2:mem:import-jobs-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        nodeA = start("node-a", database);
        nodeB = start("node-b", database);
        nodeA.getBean(People.class).create("clusteradmin", Role.ADMIN);
        adminOnB = nodeB.getBean(Http.class).visitor();
        assertThat(adminOnB.signIn("clusteradmin", People.PASSWORD).statusCode())
                .isEqualTo(302);
    }

    @AfterAll
    void stop() {
        nodeB.close();
        nodeA.close();
        FileSystemUtils.deleteRecursively(folder.toFile());
    }

    @Test
    void anImportUploadedToOneNodeIsListedAndShownByTheOther() throws Exception {
        ImportJob started = nodeA.getBean(ImportJobs.class)
                .start("nci-glossary", upload(), ImportOptions.parse(List.of()), "clusteradmin");

        assertThat(nodeB.getBean(ImportJobs.class).find(started.id()))
                .as("node B knows the job at once")
                .isPresent();
        ImportJob done =
                waitFor(() -> nodeB.getBean(ImportJobs.class).find(started.id()).orElseThrow(), ImportJob::done);
        assertThat(done.state()).isEqualTo(ImportJob.State.FINISHED);

        Document list = Http.html(adminOnB.get("/admin/imports"));
        assertThat(list.select("a[href=/admin/imports/" + started.id() + "]").text())
                .isEqualTo(started.fileName());
        HttpResponse<String> status = adminOnB.get("/admin/imports/" + started.id());
        assertThat(status.statusCode()).isEqualTo(200);
        Document page = Http.html(status);
        assertThat(page.selectFirst(".state strong").text()).isEqualTo("Finished");
        assertThat(page.selectFirst(".state").text()).endsWith("on node node-a");
        assertThat(page.selectFirst(".import-summary").text())
                .isEqualTo(done.report().summary())
                .startsWith("created ");
        assertThat(page.selectFirst(".import-output").text()).isNotBlank();
        assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
    }

    @Test
    void aJobWhoseNodeStoppedWritingItsRowIsShownAsInterrupted() {
        ImportJobStore store = nodeA.getBean(ImportJobStore.class);
        Instant now = Instant.now();
        ImportJob gone = job("gone.tsv", now.minus(ImportJobStore.STALE).minusSeconds(60));
        store.insert(gone);
        store.running(gone.id(), now.minus(ImportJobStore.STALE).minusSeconds(30));
        ImportJob alive = job("alive.tsv", now.minusSeconds(600));
        store.insert(alive);
        store.running(alive.id(), now.minusSeconds(600));
        store.touch(List.of(alive.id()), now);

        Document interrupted = Http.html(adminOnB.get("/admin/imports/" + gone.id()));
        assertThat(interrupted.selectFirst(".state strong").text()).isEqualTo("Interrupted");
        assertThat(interrupted.selectFirst("[role=alert]").text()).contains("upload the file again");
        assertThat(interrupted.select("meta[http-equiv=refresh]"))
                .as("nothing more will come")
                .isEmpty();
        Document running = Http.html(adminOnB.get("/admin/imports/" + alive.id()));
        assertThat(running.selectFirst(".state strong").text()).isEqualTo("Running");
        assertThat(running.select("[role=alert]")).isEmpty();
        assertThat(Http.html(adminOnB.get("/admin/imports"))
                        .select("a[href=/admin/imports/" + gone.id() + "]")
                        .first()
                        .closest("tr")
                        .select("td")
                        .last()
                        .text())
                .isEqualTo("Interrupted");
    }

    @Test
    void anUnknownJobIsNotFoundOnEitherNode() {
        assertThat(adminOnB.get("/admin/imports/" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
    }

    private ConfigurableApplicationContext start(String node, String database) {
        // Command-line arguments: they outrank the test configuration's own database and folders.
        return new SpringApplicationBuilder(SalusApplication.class, Http.class, People.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database,
                        "--salus.node.id=" + node,
                        "--salus.data-dir=" + folder.resolve(node),
                        "--salus.search.index-dir=" + folder.resolve(node + "-index"));
    }

    private static ImportJob job(String file, Instant queuedAt) {
        return new ImportJob(
                UUID.randomUUID().toString(),
                "nci-glossary",
                file,
                "draft",
                "clusteradmin",
                "node-gone",
                ImportJob.State.QUEUED,
                queuedAt,
                null,
                null,
                null,
                null,
                "");
    }

    /** A copy in a folder of its own: the job deletes the file and its folder when it ends. */
    private static Path upload() throws Exception {
        Path file = Files.createTempDirectory("salus-import-test").resolve(GLOSSARY.getFileName());
        return Files.copy(GLOSSARY, file);
    }

    private static <T> T waitFor(Supplier<T> read, java.util.function.Predicate<T> until) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        T value = read.get();
        while (!until.test(value) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            value = read.get();
        }
        return value;
    }
}
