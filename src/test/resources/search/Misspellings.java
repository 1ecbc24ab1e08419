// Generates src/test/resources/search/misspellings.tsv, the misspelled-query relevance set
// (docs/search.md, "Spelling"). Run from the repository's root with the JDK alone:
//
//     java src/test/resources/search/Misspellings.java > src/test/resources/search/misspellings.tsv
//
// Every name of the sample content (article and quiz titles, "also called" names, dictionary
// term names and synonyms, English and Spanish) and the lay and Spanish queries of
// relevance-sample.tsv is misspelt the way people slip: a letter inserted (doubled or a key's
// neighbour), left out, two letters swapped, a neighbouring key hit, or a phonetic slip (ph/f,
// c/k, tion/sion, y/i, b/v, double/single letters...). One word of the name is misspelt (its
// longest), never its first letter. The expected answers are the pages that carry the name it
// was made from (or, for relevance-sample.tsv's queries, the answers written there): never what
// the search returns. A variant that is itself a word (of the general word lists or the sample
// content) is not a misspelling and is skipped. Deterministic: the same content gives the same file.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.text.Normalizer;
import java.util.*;
import java.util.stream.*;
import java.util.zip.GZIPInputStream;

public class Misspellings {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final String[] KINDS = {"insertion", "deletion", "transposition", "substitution", "phonetic"};
    static final String KEYBOARD = "qwertyuiop asdfghjkl zxcvbnm";
    /** Phonetic slips: what is written → what a reader may write instead. */
    static final String[][] PHONETIC = {
        {"ph", "f"}, {"tion", "sion"}, {"sion", "tion"}, {"ck", "k"}, {"ch", "k"}, {"c", "k"}, {"qu", "kw"},
        {"ll", "l"}, {"ss", "s"}, {"tt", "t"}, {"rr", "r"}, {"mm", "m"}, {"nn", "n"}, {"pp", "p"},
        {"y", "i"}, {"ie", "ei"}, {"ae", "e"}, {"oe", "e"}, {"ea", "ee"}, {"ou", "u"}, {"x", "ks"},
        {"es", "is"}, {"ia", "ea"}, {"v", "b"}, {"b", "v"}, {"z", "s"}, {"s", "z"}, {"i", "y"},
        {"ge", "je"}, {"gi", "ji"}, {"h", ""}, {"e", "a"}, {"a", "e"}, {"o", "u"}
    };

    record Page(String url, String language) {}

    public static void main(String[] args) throws IOException {
        Set<String> known = new HashSet<>();
        for (String list : List.of("search/words/american-english.gz", "search/words/spanish.gz")) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(RESOURCES.resolve(list))), StandardCharsets.UTF_8))) {
                in.lines().map(Misspellings::fold).forEach(known::add);
            }
        }
        // name → the pages that carry it, and its language
        Map<String, Set<String>> pagesByName = new TreeMap<>();
        Map<String, String> languageOf = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(
                Files.walk(RESOURCES.resolve("content")), Files.walk(RESOURCES.resolve("dictionary")))) {
            files = walk.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/pages/"))
                    .sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            for (String word : text.split("[^\\p{L}]+")) {
                known.add(fold(word));
            }
            Map<String, List<String>> front = frontMatter(text);
            boolean term = file.toString().contains("/dictionary/");
            String slug = first(front, "slug", file.getFileName().toString().replace(".md", ""));
            String url = term ? "dictionary/" + slug
                    : ("quiz".equals(first(front, "type", "")) ? "quizzes/" : "topics/") + slug;
            List<String> names = new ArrayList<>();
            names.add(first(front, term ? "name" : "title", slug));
            names.addAll(front.getOrDefault(term ? "synonyms" : "also_called", List.of()));
            for (String name : names) {
                String key = name.strip();
                pagesByName.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(url);
                languageOf.putIfAbsent(key.toLowerCase(Locale.ROOT), first(front, "language", "en"));
            }
        }
        // the person-written lay and Spanish queries of the sample relevance set, with their answers
        for (String line : Files.readAllLines(Path.of("src/test/resources/search/relevance-sample.tsv"))) {
            String[] parts = line.split("\t");
            if (parts.length == 3 && (parts[1].equals("lay") || parts[1].equals("spanish"))) {
                String key = parts[0].toLowerCase(Locale.ROOT);
                pagesByName.computeIfAbsent(key, k -> new TreeSet<>()).addAll(List.of(parts[2].split("\\|")));
                languageOf.putIfAbsent(key, parts[1].equals("spanish") ? "es" : "en");
            }
        }

        System.out.println("# Misspelled queries made by src/test/resources/search/Misspellings.java from the sample content's names");
        System.out.println("# (do not edit by hand: run the script). query<TAB>kind of slip<TAB>language<TAB>pages with the name");
        int n = 0;
        for (Map.Entry<String, Set<String>> entry : pagesByName.entrySet()) {
            String name = entry.getKey();
            String word = longestWord(name);
            if (word == null) {
                continue;
            }
            // two slips of different kinds per name, chosen by the name so the file is stable
            int start = Math.floorMod(name.hashCode(), KINDS.length);
            int made = 0;
            for (int k = 0; k < KINDS.length && made < 2; k++) {
                String kind = KINDS[(start + k) % KINDS.length];
                String slip = slip(word, kind, new Random(name.hashCode() * 31L + k));
                if (slip == null || slip.equals(word) || known.contains(fold(slip))) {
                    continue;
                }
                String query = name.replaceFirst("\\b" + java.util.regex.Pattern.quote(word) + "\\b", slip);
                System.out.println(query + "\t" + kind + "\t" + languageOf.get(name) + "\t"
                        + String.join("|", entry.getValue()));
                made++;
                n++;
            }
        }
        System.err.println(n + " misspelled queries from " + pagesByName.size() + " names");
    }

    /** The name's longest word of five letters or more (letters only), or null. */
    static String longestWord(String name) {
        return Arrays.stream(name.split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 5)
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
    }

    static String slip(String word, String kind, Random random) {
        int at = 1 + random.nextInt(word.length() - 1); // never the first letter
        StringBuilder out = new StringBuilder(word);
        switch (kind) {
            case "insertion" -> {
                char c = random.nextBoolean() ? word.charAt(at - 1) : neighbour(word.charAt(at - 1), random);
                out.insert(at, c);
            }
            case "deletion" -> out.deleteCharAt(at);
            case "transposition" -> {
                if (at >= word.length() - 1 || word.charAt(at) == word.charAt(at + 1)) {
                    return null;
                }
                out.setCharAt(at, word.charAt(at + 1));
                out.setCharAt(at + 1, word.charAt(at));
            }
            case "substitution" -> out.setCharAt(at, neighbour(word.charAt(at), random));
            case "phonetic" -> {
                String lower = word.toLowerCase(Locale.ROOT);
                for (String[] rule : PHONETIC) {
                    int i = lower.indexOf(rule[0], 1);
                    if (i > 0) {
                        return word.substring(0, i) + rule[1] + word.substring(i + rule[0].length());
                    }
                }
                return null;
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return out.toString();
    }

    /** A key beside {@code c} on a QWERTY keyboard (the same letter for what is not on it). */
    static char neighbour(char c, Random random) {
        int i = KEYBOARD.indexOf(Character.toLowerCase(c));
        if (i < 0) {
            return c;
        }
        List<Character> near = new ArrayList<>();
        if (i > 0 && KEYBOARD.charAt(i - 1) != ' ') near.add(KEYBOARD.charAt(i - 1));
        if (i < KEYBOARD.length() - 1 && KEYBOARD.charAt(i + 1) != ' ') near.add(KEYBOARD.charAt(i + 1));
        return near.get(random.nextInt(near.size()));
    }

    static String fold(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    static String first(Map<String, List<String>> front, String key, String otherwise) {
        List<String> values = front.get(key);
        return values == null || values.isEmpty() ? otherwise : values.get(0);
    }

    /** The front matter's plain keys and lists of plain items (enough for titles, names and synonyms). */
    static Map<String, List<String>> frontMatter(String text) {
        Map<String, List<String>> front = new HashMap<>();
        String[] lines = text.split("\n");
        String list = null;
        for (int i = 1; i < lines.length && !lines[i].equals("---"); i++) {
            String line = lines[i];
            if (line.startsWith("  - ") && list != null) {
                front.get(list).add(unquote(line.substring(4)));
            } else if (!line.startsWith(" ") && line.contains(":")) {
                String key = line.substring(0, line.indexOf(':'));
                String value = line.substring(line.indexOf(':') + 1).strip();
                front.put(key, new ArrayList<>());
                list = value.isEmpty() ? key : null;
                if (!value.isEmpty()) {
                    front.get(key).add(unquote(value));
                }
            } else if (!line.startsWith("  ")) {
                list = null;
            }
        }
        return front;
    }

    static String unquote(String value) {
        String v = value.strip();
        return v.length() > 1 && (v.startsWith("\"") || v.startsWith("'")) ? v.substring(1, v.length() - 1) : v;
    }
}
