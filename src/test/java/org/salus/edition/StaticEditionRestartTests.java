package org.salus.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.SalusApplication;
import org.salus.article.ArticleWriter;
import org.salus.article.StoredRevisions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The edition across restarts of the site on one folder: a change made while it was closed (on
 * another node, by command) is caught up from the position in edition.json, rendering only the
 * pages it affects; a folder whose edition.json is missing is written whole.
 */
class StaticEditionRestartTests {

    Path folder;
    String database;

    @BeforeEach
    void paths() throws Exception {
        folder = Files.createTempDirectory("static-restart");
        database = "jdbc:h2:mem:static-restart-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    @AfterEach
    void clean() {
        FileSystemUtils.deleteRecursively(folder.toFile());
    }

    @Test
    void aRestartCatchesUpFromEditionJsonAndAMissingOneWritesTheWholeSite() throws Exception {
        Path edition = folder.resolve("edition");
        long closedAt;
        try (ConfigurableApplicationContext first = start()) {
            StaticEdition writer = first.getBean(StaticEdition.class);
            writer.awaitQuiet(Duration.ofMinutes(2));
            assertThat(edition.resolve("pages/topics/polycystic-ovary-syndrome.html"))
                    .exists();
            closedAt = writer.position();
            // Retired while the edition is closed, as on another node or by command.
            writer.destroy();
            first.getBean(ArticleWriter.class)
                    .retire(
                            first.getBean(StoredRevisions.class)
                                    .findBySlug("polycystic-ovary-syndrome")
                                    .orElseThrow(),
                            "Merged.");
        }
        assertThat(EditionState.read(edition).orElseThrow().position()).isEqualTo(closedAt);

        try (ConfigurableApplicationContext next = start()) {
            StaticEdition writer = next.getBean(StaticEdition.class);
            writer.awaitQuiet(Duration.ofMinutes(2));

            assertThat(writer.position()).isGreaterThan(closedAt);
            assertThat(EditionState.read(edition).orElseThrow().position()).isEqualTo(writer.position());
            assertThat(edition.resolve("gone/topics/polycystic-ovary-syndrome.html"))
                    .exists();
            assertThat(edition.resolve("pages/topics/polycystic-ovary-syndrome.html"))
                    .doesNotExist();
            // Only what the retirement affects: not a page that does not show the article.
            assertThat(writer.takeRendered())
                    .contains("/topics/polycystic-ovary-syndrome", "/topics", "/")
                    .doesNotContain("/topics/high-blood-pressure", "/dictionary/statin");
        }

        Files.delete(edition.resolve(EditionState.FILE));
        try (ConfigurableApplicationContext again = start()) {
            StaticEdition writer = again.getBean(StaticEdition.class);
            writer.awaitQuiet(Duration.ofMinutes(2));

            assertThat(writer.takeRendered())
                    .contains("/topics/high-blood-pressure", "/dictionary/statin", "/topics/polycystic-ovary-syndrome");
            assertThat(EditionState.read(edition)).isPresent();
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments: they outrank the test configuration's own database and folders.
        return new SpringApplicationBuilder(SalusApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database,
                        "--salus.static.dir=" + folder.resolve("edition"),
                        "--salus.search.index-dir=" + folder.resolve("index"),
                        "--salus.data-dir=" + folder);
    }
}
