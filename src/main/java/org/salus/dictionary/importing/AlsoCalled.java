package org.salus.dictionary.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other names an NCI definition gives in its "Also called X, Y, and Z." sentences.
 *
 * <p>NCI lists three or more names with commas and "and" (or "or") before the last one, and two
 * names with "and" alone. Names may contain "and" themselves ("dilation and curettage"), so when
 * a two-name list has several "and"s the split is chosen where the halves are names the caller
 * knows (the glossary's own terms); a comma list without "and"/"or" before its last item is one
 * name with commas in it. Quotes are dropped; names shorter than 3 or longer than 80 characters,
 * and the term's own name, are left out.
 */
final class AlsoCalled {

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 80;

    private static final Pattern SENTENCE = Pattern.compile("\\bAlso called (.+?)\\.[\"”’]?(?=\\s|$)");
    private static final Pattern COMMA = Pattern.compile(",[\"”]?\\s+");
    private static final Pattern CONNECTOR = Pattern.compile("\\s+(?:and|or)\\s+");
    private static final Pattern LEADING_CONNECTOR = Pattern.compile("^(?:and|or)\\s+");

    private AlsoCalled() {}

    /**
     * The names in {@code definition}'s "Also called" sentences, in order, without duplicates.
     *
     * @param knownName tells whether a lowercase phrase is a term name; used only to split
     *                  ambiguous two-name lists
     */
    static List<String> in(String definition, String termName, Predicate<String> knownName) {
        Map<String, String> names = new LinkedHashMap<>();
        Matcher sentence = SENTENCE.matcher(definition);
        while (sentence.find()) {
            for (String item : items(sentence.group(1), knownName)) {
                String name = clean(item);
                if (name.length() >= MIN_LENGTH
                        && name.length() <= MAX_LENGTH
                        && !name.equalsIgnoreCase(termName.strip())) {
                    names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return List.copyOf(names.values());
    }

    private static List<String> items(String list, Predicate<String> knownName) {
        List<String> parts = new ArrayList<>(List.of(COMMA.split(list.strip())));
        if (parts.size() == 1) {
            return pair(list.strip(), knownName);
        }
        String last = parts.remove(parts.size() - 1);
        Matcher connector = LEADING_CONNECTOR.matcher(last);
        if (connector.find()) {
            parts.add(last.substring(connector.end())); // "A, B, and C"
        } else if (CONNECTOR.matcher(last).find()) {
            parts.addAll(pair(last, knownName)); // "A, B and C"
        } else {
            return List.of(list.strip()); // a name with commas in it
        }
        return parts;
    }

    /** "A and B" as A and B, choosing among several "and"s the split into known names. */
    private static List<String> pair(String phrase, Predicate<String> knownName) {
        List<int[]> splits = new ArrayList<>();
        Matcher connector = CONNECTOR.matcher(phrase);
        while (connector.find()) {
            splits.add(new int[] {connector.start(), connector.end()});
        }
        if (splits.isEmpty()) {
            return List.of(phrase);
        }
        int[] chosen = splits.get(0);
        int bestScore = -1;
        for (int[] split : splits) {
            int score = (known(phrase.substring(0, split[0]), knownName) ? 1 : 0)
                    + (known(phrase.substring(split[1]), knownName) ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                chosen = split;
            }
        }
        return List.of(phrase.substring(0, chosen[0]), phrase.substring(chosen[1]));
    }

    private static boolean known(String name, Predicate<String> knownName) {
        return knownName.test(clean(name).toLowerCase(Locale.ROOT));
    }

    /** Without double quotes anywhere or single quotes around it. */
    private static String clean(String item) {
        String name = item.replaceAll("[\"“”]", "").strip();
        return name.replaceAll("^['‘’]+|['‘’]+$", "").strip();
    }
}
