package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

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
 * The index across restarts, on one index folder: kept when current, caught up from its change-log
 * position when the site changed while it was closed, rebuilt when its files are corrupt or it
 * was built from another database.
 */
class SearchIndexRestartTests {

    Path folder;
    String database;

    @BeforeEach
    void paths() throws Exception {
        folder = Files.createTempDirectory("search-restart");
        database = "jdbc:h2:mem:search-restart-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    @AfterEach
    void clean() {
        FileSystemUtils.deleteRecursively(folder.toFile());
    }

    @Test
    void aCurrentIndexIsKeptACorruptOneRebuilt() throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBean(SearchIndex.class).status().lastRebuildReason())
                    .isEqualTo("missing");
            assertThat(firstUrl(first, "HBP")).isEqualTo("/topics/high-blood-pressure");
        }
        try (ConfigurableApplicationContext again = start()) {
            assertThat(again.getBean(SearchIndex.class).status().rebuilds()).isZero();
            assertThat(firstUrl(again, "HBP")).isEqualTo("/topics/high-blood-pressure");
        }
        try (Stream<Path> files = Files.list(folder.resolve("index"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.write(file, "not a Lucene file".getBytes());
            }
        }
        try (ConfigurableApplicationContext repaired = start()) {
            assertThat(repaired.getBean(SearchIndex.class).status().lastRebuildReason())
                    .isEqualTo("unreadable");
            assertThat(firstUrl(repaired, "HBP")).isEqualTo("/topics/high-blood-pressure");
        }
    }

    @Test
    void anIndexCatchesUpWithChangesMadeWhileItWasClosedWithoutARebuild() throws Exception {
        long closedAt;
        try (ConfigurableApplicationContext first = start()) {
            assertThat(firstUrl(first, "obesity")).isEqualTo("/topics/obesity");
            SearchIndex index = first.getBean(SearchIndex.class);
            index.awaitQuiet(Duration.ofSeconds(30));
            closedAt = index.position();
            // Retired while the index is closed, as on another node or by command.
            index.destroy();
            StoredRevisions articles = first.getBean(StoredRevisions.class);
            first.getBean(ArticleWriter.class)
                    .retire(articles.findBySlug("obesity").orElseThrow(), "Merged.");
        }
        try (ConfigurableApplicationContext next = start()) {
            SearchIndex index = next.getBean(SearchIndex.class);
            index.awaitQuiet(Duration.ofSeconds(30));
            assertThat(index.status().rebuilds()).isZero();
            assertThat(index.position()).isGreaterThan(closedAt);
            assertThat(urls(next, "obesity")).doesNotContain("/topics/obesity");
            assertThat(firstUrl(next, "HBP")).isEqualTo("/topics/high-blood-pressure");
        }
    }

    @Test
    void anIndexBuiltFromAnotherDatabaseIsRebuilt() throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(SearchIndex.class).awaitQuiet(Duration.ofSeconds(30));
        }
        database = database.replace("search-restart-", "search-restart-other-");
        try (ConfigurableApplicationContext other = start()) {
            assertThat(other.getBean(SearchIndex.class).status().lastRebuildReason())
                    .isEqualTo("built from another database");
            assertThat(firstUrl(other, "HBP")).isEqualTo("/topics/high-blood-pressure");
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments: they outrank the test configuration's own database and index folder.
        return new SpringApplicationBuilder(SalusApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + database,
                        "--salus.search.index-dir=" + folder.resolve("index"),
                        "--salus.data-dir=" + folder);
    }

    private static String firstUrl(ConfigurableApplicationContext context, String q) {
        return urls(context, q).get(0);
    }

    private static List<String> urls(ConfigurableApplicationContext context, String q) {
        return context.getBean(Search.class).search(q, null, null, 1, "en").hits().stream()
                .map(SearchResults.Hit::url)
                .toList();
    }
}
