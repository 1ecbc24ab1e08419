package org.salus.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one curated lay-phrase file ({@code search/lay-phrases-en.yml}, {@code ...-es.yml}): a
 * list of entries, each naming a condition by its codes and names, with the readers' phrases for
 * it and its review. A file that breaks these rules is refused with the file, the entry and the
 * rule, so a bad edit stops the build (and the start), never a search.
 */
final class LayPhraseFile {

    /** The code systems a target may name, as the index stores them ({@code ICD-10-CM|E11}). */
    static final Set<String> SYSTEMS = Set.of("ICD-10-CM", "SNOMED-CT", "MESH", "UMLS");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.]{1,17}");

    private LayPhraseFile() {}

    /** One entry: the phrases of one language that mean one condition, and who checked that they do. */
    record Entry(
            String language,
            String about,
            List<String> phrases,
            List<String> codes,
            List<String> names,
            Review review) {}

    /** The review that every entry carries, as an article does: a person, their credentials and a date. */
    record Review(String reviewer, String credentials, LocalDate reviewed) {}

    /** The bundled file of {@code language}. */
    static List<Entry> bundled(String language) {
        String file = "search/lay-phrases-" + language + ".yml";
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            return parse(file, language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The lay-phrase file " + file + " cannot be read", e);
        }
    }

    static List<Entry> parse(String file, String language, String yaml) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new IllegalStateException(file + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof List<?> items)) {
            throw new IllegalStateException(file + " must be a list of entries");
        }
        List<Entry> entries = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String where = file + ", entry " + (i + 1);
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new IllegalStateException(where + " is not a mapping");
            }
            entries.add(entry(where + " (" + item.get("about") + ")", language, item));
        }
        return List.copyOf(entries);
    }

    private static Entry entry(String where, String language, Map<?, ?> item) {
        String about = text(where, item, "about");
        List<String> phrases = strings(where, item, "phrases");
        List<String> codes = strings(where, item, "codes");
        List<String> names = strings(where, item, "names");
        if (phrases.isEmpty()) {
            throw new IllegalStateException(where + " has no phrases");
        }
        if (codes.isEmpty() && names.isEmpty()) {
            throw new IllegalStateException(where + " names its condition by neither a code nor a name");
        }
        for (String code : codes) {
            int bar = code.indexOf('|');
            if (bar < 0
                    || !SYSTEMS.contains(code.substring(0, bar))
                    || !CODE.matcher(code.substring(bar + 1)).matches()) {
                throw new IllegalStateException(where + ": \"" + code + "\" is not SYSTEM|CODE with SYSTEM one of "
                        + SYSTEMS + " and the code in capitals");
            }
        }
        if (!(item.get("review") instanceof Map<?, ?> review)) {
            throw new IllegalStateException(where + " has no review (reviewer, credentials, reviewed)");
        }
        return new Entry(
                language,
                about,
                phrases,
                codes,
                names,
                new Review(
                        text(where, review, "reviewer"),
                        text(where, review, "credentials"),
                        date(where, review.get("reviewed"))));
    }

    private static String text(String where, Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(where + " has no " + key);
        }
        return value.toString().strip();
    }

    private static List<String> strings(String where, Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException(where + ": " + key + " must be a list");
        }
        List<String> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (o == null || o.toString().isBlank()) {
                throw new IllegalStateException(where + ": " + key + " has an empty item");
            }
            out.add(o.toString().strip());
        }
        return List.copyOf(out);
    }

    /** YAML reads an unquoted 2026-12-05 as a timestamp (at midnight UTC), a quoted one as text. */
    private static LocalDate date(String where, Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + ": reviewed \"" + value + "\" is not a date like 2026-12-05");
        }
    }
}
