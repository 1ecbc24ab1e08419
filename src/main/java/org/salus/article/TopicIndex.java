package org.salus.article;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.salus.web.BadRequestException;

/**
 * The A–Z index: entries grouped under their first letter, names compared the way a reader
 * sorts them (case and accents ignored). Names starting with a digit go under "0-9".
 */
public final class TopicIndex {

    public static final String DIGITS = "0-9";
    public static final List<String> LETTERS = letters();

    /** The Spanish alphabet: Ñ is a letter of its own, after N, as Spanish dictionaries file it. */
    public static final List<String> LETTERS_ES = spanishLetters();

    private TopicIndex() {}

    public record Group(String letter, List<IndexEntry> entries) {}

    /** Longest "find" query an A–Z page accepts. */
    public static final int MAX_QUERY = 200;

    /**
     * The letter an A–Z page was asked for ({@code ?letter=h} means H), or null for all.
     *
     * @throws BadRequestException for anything that is not A–Z or 0-9
     */
    public static String chosenLetter(String letter) {
        return chosenLetter(letter, "en");
    }

    /** {@link #chosenLetter(String)} in a language's alphabet ({@link #letters(String)}). */
    public static String chosenLetter(String letter, String language) {
        String chosen =
                letter == null || letter.isBlank() ? null : letter.strip().toUpperCase(Locale.ROOT);
        if (chosen != null && !letters(language).contains(chosen)) {
            throw new BadRequestException("error.letter");
        }
        return chosen;
    }

    /**
     * The words an A–Z page was asked to find, stripped, or null for none.
     *
     * @throws BadRequestException when longer than {@link #MAX_QUERY}
     */
    public static String query(String q) {
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY) {
            throw new BadRequestException("error.queryTooLong");
        }
        return query;
    }

    /** The letters of a language's A–Z (ISO 639-1): Spanish has Ñ, every other language A–Z. */
    public static List<String> letters(String language) {
        return "es".equals(language) ? LETTERS_ES : LETTERS;
    }

    /** The letter an index name is filed under in a language's A–Z: "ñame" under Ñ in Spanish. */
    public static String letterOf(String name, String language) {
        if ("es".equals(language) && name.strip().toUpperCase(Locale.ROOT).startsWith("Ñ")) {
            return "Ñ";
        }
        return letterOf(name);
    }

    /** The letter an index name is filed under. */
    public static String letterOf(String name) {
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        char first = plain.isEmpty() ? '0' : Character.toUpperCase(plain.charAt(0));
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : DIGITS;
    }

    /** Groups in A–Z order, with "0-9" last; only letters that have entries. */
    public static List<Group> group(List<IndexEntry> entries, Locale locale) {
        String language = locale.getLanguage();
        List<String> letters = letters(language);
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        Map<String, List<IndexEntry>> byLetter = new TreeMap<>(Comparator.comparingInt(letters::indexOf));
        entries.stream()
                .sorted(Comparator.comparing(IndexEntry::name, collator))
                .forEach(e -> byLetter.computeIfAbsent(letterOf(e.name(), language), k -> new ArrayList<>())
                        .add(e));
        return byLetter.entrySet().stream()
                .map(e -> new Group(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** Entries in A–Z reading order: by letter ("0-9" last), then by name as a reader sorts them. */
    public static List<IndexEntry> sorted(List<IndexEntry> entries, Locale locale) {
        String language = locale.getLanguage();
        List<String> letters = letters(language);
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return entries.stream()
                .sorted(Comparator.<IndexEntry>comparingInt(e -> letters.indexOf(letterOf(e.name(), language)))
                        .thenComparing(IndexEntry::name, collator))
                .toList();
    }

    /**
     * The titles (lower case) that more than one article of the list has, such as three imported
     * "High Blood Pressure" pages: their entries show their source so readers can tell them apart.
     */
    public static Set<String> titlesShared(List<IndexEntry> entries) {
        Map<String, Long> slugsPerTitle = entries.stream()
                .filter(e -> !e.alternateName())
                .collect(Collectors.groupingBy(e -> e.title().toLowerCase(Locale.ROOT), Collectors.counting()));
        return slugsPerTitle.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether an entry's article shares its title with another of the list ({@link #titlesShared}). */
    public static boolean sharesTitle(IndexEntry entry, Set<String> shared) {
        return shared.contains(entry.title().toLowerCase(Locale.ROOT));
    }

    public static Set<String> lettersWithEntries(List<IndexEntry> entries) {
        return lettersWithEntries(entries, "en");
    }

    /** The letters of a language's A–Z that have entries. */
    public static Set<String> lettersWithEntries(List<IndexEntry> entries, String language) {
        return entries.stream().map(e -> letterOf(e.name(), language)).collect(Collectors.toSet());
    }

    private static List<String> spanishLetters() {
        List<String> letters = new ArrayList<>(LETTERS);
        letters.add(letters.indexOf("N") + 1, "Ñ");
        return List.copyOf(letters);
    }

    private static List<String> letters() {
        List<String> letters = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            letters.add(String.valueOf(c));
        }
        letters.add(DIGITS);
        return List.copyOf(letters);
    }
}
