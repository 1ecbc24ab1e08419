package org.salus.search;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.salus.importing.ImportOptions;
import org.salus.importing.Importer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real MedQuAD corpus for the search tests that run over it (skipped when the shared data
 * folder does not hold it): imported once as syndicated articles into the context the MedQuAD
 * tests share ({@code @OwnContext("search-medquad")}), whichever test runs first.
 */
final class MedQuadCorpus {

    static final Path DATA = Path.of("../shared/data/medquad");
    static final String ZIP = "medquad-nih-subsets.zip";
    /** More MedQuAD articles than this: the corpus is in (it has some 2,900 after the importer's skips). */
    private static final int IMPORTED = 2500;

    private MedQuadCorpus() {}

    /** Skips the calling test when the data is not there. */
    static void assumePresent() {
        Assumptions.assumeTrue(Files.exists(DATA.resolve(ZIP)), DATA.resolve(ZIP) + " is not there");
    }

    /** Imports the corpus unless an earlier test did, and waits until the index has it. */
    static void importOnce(List<Importer> importers, SearchIndex index, JdbcClient jdbc) {
        assumePresent();
        long imported = jdbc.sql("SELECT COUNT(*) FROM article_origin WHERE source = 'medquad'")
                .query(Long.class)
                .single();
        if (imported <= IMPORTED) {
            importers.stream()
                    .filter(i -> i.format().equals("medquad"))
                    .findFirst()
                    .orElseThrow()
                    .run(DATA, ImportOptions.parse(List.of("--as=syndicated")), new PrintStream(System.out, true));
        }
        index.awaitQuiet(Duration.ofMinutes(5));
    }

    /** The MedQuAD articles by lower-case title, each as {@code topics/slug}. */
    static Map<String, Set<String>> urlsByTitle(JdbcClient jdbc) {
        Map<String, Set<String>> urlsByTitle = new HashMap<>();
        jdbc.sql("""
                SELECT a.slug, r.title FROM article_origin o JOIN article a ON a.id = o.article_id
                JOIN revision r ON r.id = a.published_revision_id WHERE o.source = 'medquad' AND a.retired_at IS NULL""").query(rs -> {
            urlsByTitle
                    .computeIfAbsent(rs.getString(2).toLowerCase(Locale.ROOT), k -> new HashSet<>())
                    .add("topics/" + rs.getString(1));
        });
        return urlsByTitle;
    }
}
