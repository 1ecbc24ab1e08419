package org.salus.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names that mean the same thing, from the site's own content: an article's title with its
 * "also called" names, and a dictionary term with its synonyms (the imported NCI and Disease
 * Ontology ones too). A query that contains one name is expanded with the others, so "HBP" finds
 * "High Blood Pressure" and "NIDDM" finds "Type 2 Diabetes". Names are compared by their
 * language-neutral words, longest first.
 */
final class Synonyms {

    /** Names longer than this many words are not looked for in queries. */
    static final int MAX_NAME_WORDS = 6;
    /** Alternatives taken from one group. */
    static final int MAX_PER_GROUP = 6;

    static final Synonyms NONE = new Synonyms(Map.of());

    /** Words of a name → the groups it belongs to (each a list of names as written). */
    private final Map<String, List<List<String>>> groups;

    private Synonyms(Map<String, List<List<String>>> groups) {
        this.groups = groups;
    }

    /** One group per article or term: its names. Groups of a single name add nothing and are skipped. */
    static Synonyms of(List<List<String>> nameGroups, Analyzers analyzers) {
        Map<String, List<List<String>>> byKey = new HashMap<>();
        for (List<String> names : nameGroups) {
            if (names.size() < 2) {
                continue;
            }
            for (String name : names) {
                List<String> words = analyzers.words(name);
                if (words.isEmpty()
                        || words.size() > MAX_NAME_WORDS
                        || (words.size() == 1 && words.get(0).length() < 2)) {
                    continue;
                }
                List<List<String>> list = byKey.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>(1));
                if (list.size() < 8) { // a name shared by many entries says little about any of them
                    list.add(names);
                }
            }
        }
        return new Synonyms(byKey);
    }

    int size() {
        return groups.size();
    }

    /**
     * The other names of every name found in {@code words} (language-neutral words of the query),
     * longest match first, at most {@code limit} in all.
     */
    List<String> expansions(List<String> words, int limit) {
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < words.size() && found.size() < limit) {
            int matched = 0;
            for (int length = Math.min(MAX_NAME_WORDS, words.size() - i); length > 0 && matched == 0; length--) {
                String key = String.join(" ", words.subList(i, i + length));
                List<List<String>> hit = groups.get(key);
                if (hit == null) {
                    continue;
                }
                matched = length;
                for (List<String> names : hit) {
                    int taken = 0;
                    for (String name : names) {
                        if (taken >= MAX_PER_GROUP || found.size() >= limit) {
                            break;
                        }
                        if (!name.equalsIgnoreCase(key) && found.add(name)) {
                            taken++;
                        }
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return new ArrayList<>(found);
    }
}
