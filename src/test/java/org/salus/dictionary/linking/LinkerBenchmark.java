package org.salus.dictionary.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.salus.article.Slugs;

/**
 * Benchmark (not a test): builds the term matcher from the real NCI glossary and Disease Ontology
 * names and synonyms, then links every MedQuAD answer, one paragraph per answer. Prints names,
 * matcher build time, MB/s and per-article p50 and p99. Run with {@code bench/linker.sh}.
 */
public final class LinkerBenchmark {

    private static final Pattern ALSO_CALLED = Pattern.compile("Also called ([^.]+)\\.");
    private static final Pattern ANSWER = Pattern.compile("(?s)<Answer>(.*?)</Answer>");

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        List<TermLinker.LinkableTerm> terms = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        readNci(data.resolve("nci-cancer-terms/nci-glossary-2016.tsv.gz"), terms, slugs);
        readOntology(data.resolve("disease-ontology/doid-2016-09-01.obo.gz"), terms, slugs);
        int names = terms.stream().mapToInt(t -> t.names().size()).sum();

        long start = System.nanoTime();
        TermLinker linker = TermLinker.of(terms);
        for (int i = 0; i < 4; i++) {
            linker = TermLinker.of(terms); // warm: the figure below is a rebuild in a running server
        }
        start = System.nanoTime();
        linker = TermLinker.of(terms);
        double buildMs = (System.nanoTime() - start) / 1e6;

        List<String> articles = readMedQuad(data.resolve("medquad/medquad-nih-subsets.zip"));
        long bytes = articles.stream()
                .mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        // Warm-up: until the JIT has compiled the linker, which on two busy cores takes more than
        // two rounds. Then the median of five timed rounds, as a shared machine is noisy.
        for (int round = 0; round < 5; round++) {
            for (String article : articles) {
                linker.link(article, "s", null);
            }
        }
        List<Long> times = new ArrayList<>(articles.size() * 5);
        List<Double> seconds = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long total = System.nanoTime();
            for (String article : articles) {
                long t = System.nanoTime();
                linker.link(article, "s", null);
                times.add(System.nanoTime() - t);
            }
            seconds.add((System.nanoTime() - total) / 1e9);
        }
        Collections.sort(times);
        Collections.sort(seconds);
        System.out.printf("terms %d, names %d, matcher rebuild %.0f ms%n", terms.size(), names, buildMs);
        System.out.printf(
                "articles %d, %.1f MB, %.1f MB/s (median of 5 rounds), per-article p50 %.2f ms, p99 %.2f ms%n",
                articles.size(),
                bytes / 1e6,
                bytes / 1e6 / seconds.get(2),
                times.get(times.size() / 2) / 1e6,
                times.get((int) (times.size() * 0.99)) / 1e6);

        // The cost should follow the text, not the dictionary: the same text with a tenth of it.
        List<TermLinker.LinkableTerm> tenth = terms.subList(0, terms.size() / 10);
        TermLinker small = TermLinker.of(tenth);
        for (int round = 0; round < 3; round++) {
            linkAll(small, articles);
        }
        List<Double> smallSeconds = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            smallSeconds.add(linkAll(small, articles));
        }
        Collections.sort(smallSeconds);
        System.out.printf(
                "with a tenth of the dictionary (%d terms, %d names): %.1f MB/s%n",
                tenth.size(), small.size(), bytes / 1e6 / smallSeconds.get(2));
    }

    /** Seconds to link every article once. */
    private static double linkAll(TermLinker linker, List<String> articles) {
        long start = System.nanoTime();
        for (String article : articles) {
            linker.link(article, "s", null);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void readNci(Path file, List<TermLinker.LinkableTerm> terms, Set<String> slugs) throws IOException {
        try (BufferedReader in = gzip(file)) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 4 || f[1].isBlank()) {
                    continue;
                }
                List<String> names = new ArrayList<>(List.of(f[1]));
                Matcher m = ALSO_CALLED.matcher(f[3]);
                while (m.find()) {
                    for (String name : m.group(1).split(",\\s*(?:and |or )?|\\s+and\\s+|\\s+or\\s+")) {
                        if (name.strip().length() >= 3) {
                            names.add(name.strip());
                        }
                    }
                }
                add(terms, slugs, f[1], names, f[3]);
            }
        }
    }

    private static void readOntology(Path file, List<TermLinker.LinkableTerm> terms, Set<String> slugs)
            throws IOException {
        try (BufferedReader in = gzip(file)) {
            String name = null;
            List<String> names = new ArrayList<>();
            for (String line; (line = in.readLine()) != null; ) {
                if (line.equals("[Term]") || line.startsWith("[")) {
                    if (name != null) {
                        add(terms, slugs, name, names, name);
                    }
                    name = null;
                    names = new ArrayList<>();
                } else if (line.startsWith("name: ")) {
                    name = line.substring(6);
                    names.add(name);
                } else if (line.startsWith("synonym: \"") && line.contains("EXACT")) {
                    names.add(line.substring(10, line.indexOf('"', 10)));
                }
            }
            if (name != null) {
                add(terms, slugs, name, names, name);
            }
        }
    }

    private static void add(
            List<TermLinker.LinkableTerm> terms,
            Set<String> slugs,
            String name,
            List<String> names,
            String definition) {
        String base = Slugs.of(name);
        if (base.isEmpty()) {
            return;
        }
        String slug = base;
        for (int n = 2; !slugs.add(slug); n++) {
            slug = Slugs.of(base, Slugs.MAX_LENGTH - 6) + "-" + n;
        }
        terms.add(new TermLinker.LinkableTerm(
                slug, names, definition.length() > 200 ? definition.substring(0, 200) : definition));
    }

    private static List<String> readMedQuad(Path zip) throws IOException {
        List<String> articles = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                if (!entry.getName().endsWith(".xml")) {
                    continue;
                }
                String xml = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                StringBuilder html = new StringBuilder();
                Matcher m = ANSWER.matcher(xml);
                while (m.find()) {
                    html.append("<p>")
                            .append(org.jsoup.parser.Parser.unescapeEntities(m.group(1), false)
                                    .replace("&", "&amp;")
                                    .replace("<", "&lt;"))
                            .append("</p>\n");
                }
                if (html.length() > 0) {
                    articles.add(html.toString());
                }
            }
        }
        return articles;
    }

    private static BufferedReader gzip(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(
                new GZIPInputStream(java.nio.file.Files.newInputStream(file)), StandardCharsets.UTF_8));
    }
}
