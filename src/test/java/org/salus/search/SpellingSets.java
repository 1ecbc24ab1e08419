package org.salus.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * The spelling relevance sets of {@code src/test/resources/search/}: misspelled queries with the
 * pages carrying the name they were made from ({@code misspellings.tsv}, made by
 * {@code src/test/resources/search/Misspellings.java}), and correctly spelled queries that must get no
 * "did you mean" ({@code correct-spellings.tsv}).
 */
final class SpellingSets {

    /** A misspelled query, the slip made, the reader's language and the acceptable pages. */
    record Misspelling(String query, String slip, String language, Set<String> expected) {

        RelevanceScore.Case asCase() {
            return new RelevanceScore.Case(query, slip, expected);
        }
    }

    /** A correctly spelled query and the reader's language. */
    record Correct(String query, String language) {}

    private SpellingSets() {}

    static List<Misspelling> misspellings() throws IOException {
        List<Misspelling> cases = new ArrayList<>();
        for (String[] row : rows("search/misspellings.tsv")) {
            cases.add(new Misspelling(row[0], row[1], row[2], Set.of(row[3].split("\\|"))));
        }
        return cases;
    }

    static List<Correct> correctSpellings() throws IOException {
        List<Correct> cases = new ArrayList<>();
        for (String[] row : rows("search/correct-spellings.tsv")) {
            cases.add(new Correct(row[0], row[1]));
        }
        return cases;
    }

    private static List<String[]> rows(String resource) throws IOException {
        String text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }
}
