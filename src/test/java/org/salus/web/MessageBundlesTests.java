package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The English and Spanish UI bundles stay in step: the same keys, the same placeholders per key,
 * and no Spanish value left in English. Whoever adds a key adds it to both files
 * (docs/languages.md).
 */
class MessageBundlesTests {

    /**
     * Keys whose Spanish value is rightly the same as the English one. Keep each with its reason.
     */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            // Links to a translation are written in the language of the page they lead to (as
            // language switches are), so both bundles show "En español:" and "In English:".
            "topic.inSpanish",
            "topic.inEnglish",
            "dictionary.inSpanish",
            "dictionary.inEnglish",
            // Only placeholders: "{0} ({1})", a flag's name and its count.
            "moderation.flagCount",
            // "No" is the Spanish word too ("Was this page helpful? Yes / No": "Sí / No").
            "feedback.no");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyEnglishKeyIsInSpanishAndTheReverse() throws IOException {
        Map<String, String> english = bundle("/messages.properties");
        Map<String, String> spanish = bundle("/messages_es.properties");

        assertThat(missing(english, spanish))
                .as("keys missing from messages_es.properties")
                .isEmpty();
        assertThat(missing(spanish, english))
                .as("keys missing from messages.properties")
                .isEmpty();
    }

    @Test
    void eachKeyHasTheSamePlaceholdersInBothLanguages() throws IOException {
        assertThat(placeholderMismatches(bundle("/messages.properties"), bundle("/messages_es.properties")))
                .isEmpty();
    }

    @Test
    void noSpanishValueIsLeftInEnglish() throws IOException {
        assertThat(untranslated(bundle("/messages.properties"), bundle("/messages_es.properties")))
                .isEmpty();
    }

    /** The checks themselves catch what they are for (a check that cannot fail proves nothing). */
    @Test
    void theChecksFindAMissingKeyAChangedPlaceholderAndAnUntranslatedValue() {
        Map<String, String> english =
                Map.of("a", "Page {0} of {1}", "b", "Sources", "c", "Text size", "topic.inSpanish", "En español:");
        Map<String, String> spanish =
                Map.of("a", "Página {0} de {2}", "b", "Sources", "d", "Extra", "topic.inSpanish", "En español:");

        assertThat(missing(english, spanish)).containsExactly("c");
        assertThat(missing(spanish, english)).containsExactly("d");
        assertThat(placeholderMismatches(english, spanish)).containsExactly("a: [0, 1] in English, [0, 2] in Spanish");
        assertThat(untranslated(english, spanish)).containsExactly("b");
    }

    @Test
    void bundlesAreUtf8AsSpringBootReadsThem() throws IOException {
        // spring.messages.encoding defaults to UTF-8; a Latin-1 file would fail to decode here.
        assertThat(bundle("/messages_es.properties")).containsEntry("layout.textSize", "Tamaño del texto");
    }

    private static SortedSet<String> missing(Map<String, String> from, Map<String, String> in) {
        SortedSet<String> keys = new TreeSet<>(from.keySet());
        keys.removeAll(in.keySet());
        return keys;
    }

    private static SortedSet<String> placeholderMismatches(Map<String, String> english, Map<String, String> spanish) {
        SortedSet<String> mismatches = new TreeSet<>();
        english.forEach((key, value) -> {
            String other = spanish.get(key);
            if (other != null && !placeholders(value).equals(placeholders(other))) {
                mismatches.add(
                        key + ": " + placeholders(value) + " in English, " + placeholders(other) + " in Spanish");
            }
        });
        return mismatches;
    }

    private static SortedSet<String> untranslated(Map<String, String> english, Map<String, String> spanish) {
        SortedSet<String> same = new TreeSet<>();
        english.forEach((key, value) -> {
            if (value.equals(spanish.get(key)) && !SAME_IN_BOTH.contains(key)) {
                same.add(key);
            }
        });
        return same;
    }

    private static SortedSet<Integer> placeholders(String value) {
        SortedSet<Integer> numbers = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    /** A bundle read strictly as UTF-8: malformed bytes fail instead of turning into "?". */
    static Map<String, String> bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
