package org.salus.dictionary;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salus.article.Slugs;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a dictionary file: YAML front matter (name, language, pronunciation, synonyms,
 * related_terms, related_articles, link, source, licence, translation) between {@code ---} lines,
 * then the definition in Markdown. Unknown keys are errors, as in article files.
 *
 * <p>{@code translation} is for a term not in English ({@code dictionary/es/insulina.md}): the
 * slug of the English term it translates ({@code translation: insulin}). The term pages then link
 * each to the other.
 */
public final class TermFileParser {

    static final String DEFAULT_SOURCE = "Salus Health";
    private static final Set<String> KEYS = Set.of(
            "name",
            "slug",
            "language",
            "pronunciation",
            "synonyms",
            "related_terms",
            "related_articles",
            "link",
            "source",
            "licence",
            "translation");

    public TermDraft parse(String fileName, String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 3 || !lines[0].strip().equals("---")) {
            throw new IllegalArgumentException(fileName + ":1: a term file starts with a '---' line");
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            end++;
        }
        if (end == lines.length) {
            throw new IllegalArgumentException(fileName + ": the front matter is not closed by a '---' line");
        }
        Map<String, Object> front;
        try {
            front = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(String.join("\n", java.util.Arrays.asList(lines).subList(1, end)));
        } catch (YAMLException | ClassCastException e) {
            throw new IllegalArgumentException(fileName + ": the front matter is not valid YAML: " + e.getMessage());
        }
        for (String key : front.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(fileName + ": unknown key '" + key + "'");
            }
        }
        String name = text(front, "name", fileName);
        String definition = String.join("\n", java.util.Arrays.asList(lines).subList(end + 1, lines.length))
                .strip();
        if (definition.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": the term has no definition");
        }
        String slug = front.containsKey("slug") ? text(front, "slug", fileName) : Slugs.of(name);
        String language = front.containsKey("language") ? text(front, "language", fileName) : "en";
        String translation = optional(front, "translation");
        if (translation != null && !Slugs.isValid(translation)) {
            throw new IllegalArgumentException(
                    fileName + ": 'translation' must be the slug of an English term, e.g. insulin");
        }
        if (translation != null && language.equals("en")) {
            throw new IllegalArgumentException(fileName + ": an English term translates nothing; 'translation' belongs"
                    + " in the file of the term in the other language");
        }
        return new TermDraft(
                slug,
                language,
                name,
                optional(front, "pronunciation"),
                definition + "\n",
                list(front, "synonyms"),
                list(front, "related_terms"),
                list(front, "related_articles"),
                !Boolean.FALSE.equals(front.get("link")),
                front.containsKey("source") ? text(front, "source", fileName) : DEFAULT_SOURCE,
                optional(front, "licence"),
                slug,
                translation);
    }

    private static String text(Map<String, Object> front, String key, String fileName) {
        Object value = front.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException(fileName + ": '" + key + "' is required");
        }
        return String.valueOf(value).strip();
    }

    private static String optional(Map<String, Object> front, String key) {
        Object value = front.get(key);
        return value == null || String.valueOf(value).isBlank()
                ? null
                : String.valueOf(value).strip();
    }

    private static List<String> list(Map<String, Object> front, String key) {
        Object value = front.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("'" + key + "' must be a list");
        }
        return items.stream().map(item -> String.valueOf(item).strip()).toList();
    }
}
