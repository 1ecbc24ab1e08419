package org.salus.search;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.parser.Parser;
import org.salus.changes.ChangeHistory;

/**
 * The search benchmark ({@code bench/search.sh}), not a test: builds the index of the MedQuAD NIH
 * documents scaled up to N synthetic articles through the real rebuild path (a source that
 * serves generated articles instead of database rows), then times queries single-threaded
 * through {@link Search}. Arguments: the MedQuAD zip, N, the index folder, the queries file to
 * write (for wrk).
 */
public final class SearchBench {

    private static final Pattern FOCUS = Pattern.compile("<Focus>(.*?)</Focus>", Pattern.DOTALL);
    private static final Pattern SYNONYM = Pattern.compile("<Synonym>(.*?)</Synonym>", Pattern.DOTALL);
    private static final Pattern QA = Pattern.compile(
            "<Question[^>]*qtype=\"([^\"]*)\"[^>]*>(.*?)</Question>\\s*<Answer>(.*?)</Answer>", Pattern.DOTALL);

    record Base(
            String title, List<String> synonyms, List<String> headings, List<String> answers, List<String> questions) {}

    public static void main(String[] args) throws Exception {
        Path zip = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path folder = Path.of(args[2]);
        Path queriesOut = Path.of(args[3]);
        List<Base> bases = read(zip);
        System.out.printf("MedQuAD: %d documents with answers%n", bases.size());

        GeneratedSource source = synthetic(bases, count);
        SearchIndex index = new SearchIndex(
                source,
                ChangeHistory.NONE,
                new Analyzers(),
                Clock.systemUTC(),
                new SearchProperties(folder, null, true));
        long started = System.nanoTime();
        index.start(Duration.ofMinutes(30));
        double buildSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "index build: %d documents in %.1f s (%s)%n",
                index.status().documents(), buildSeconds, index.status().lastRebuildReason());
        System.out.printf("index size: %.1f MB%n", size(folder) / 1e6);
        System.out.printf("heap after build: %d MB used, peak %d MB%n", usedHeapMb(), peakHeapMb());

        List<String> queries = queries(bases);
        Files.write(
                queriesOut,
                queries.stream()
                        .map(q -> "/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8))
                        .toList(),
                StandardCharsets.UTF_8);
        Search search = new Search(index);
        for (int round = 0; round < 2; round++) { // warm-up: JIT and the page cache
            for (String q : queries.subList(0, Math.min(1000, queries.size()))) {
                search.search(q, null, null, 1, "en");
            }
        }
        // The thread's CPU time beside the wall-clock time: on a machine other work shares, the wall
        // clock counts the time this thread waited for a core, the CPU time only the search's work.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            hits += search.search(queries.get(i), null, null, 1, "en").hits().size();
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(
                "queries (single thread, page 1 with snippets and facets): %d, p50 %.2f ms, p90 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms, %d hits shown%n",
                nanos.length, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, hits);
        System.out.printf(
                "queries, CPU time of the searching thread: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                ms(cpu, 0.50), ms(cpu, 0.90), ms(cpu, 0.99));
        long[] suggest = new long[Math.min(2000, queries.size())];
        long[] suggestCpu = new long[suggest.length];
        for (int i = 0; i < suggest.length; i++) {
            String q = queries.get(i)
                    .replaceAll("^(What is \\(are\\)|What are the symptoms of|How to diagnose|What causes) ", "");
            q = q.length() > 6 ? q.substring(0, 6) : q;
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            search.suggest(q, "en");
            suggest[i] = System.nanoTime() - t;
            suggestCpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(suggest);
        Arrays.sort(suggestCpu);
        System.out.printf(
                "suggestions: %d, p50 %.2f ms, p99 %.2f ms (CPU time: p50 %.2f ms, p99 %.2f ms)%n",
                suggest.length, ms(suggest, 0.5), ms(suggest, 0.99), ms(suggestCpu, 0.5), ms(suggestCpu, 0.99));
        System.out.printf("heap at the end: %d MB used, peak %d MB%n", usedHeapMb(), peakHeapMb());
        index.destroy();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static long usedHeapMb() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    /** Every document's questions, shuffled (fixed seed), and some lay and code queries. */
    private static List<String> queries(List<Base> bases) {
        List<String> queries = new ArrayList<>();
        bases.forEach(b -> queries.addAll(b.questions()));
        queries.addAll(List.of(
                "high blood sugar",
                "dark patches on neck",
                "HBP",
                "NIDDM",
                "E11.9",
                "diabetis",
                "insulin resistance",
                "heart attack symptoms",
                "\"*:*\" AND (OR"));
        java.util.Collections.shuffle(queries, new Random(8));
        return queries.subList(0, Math.min(5000, queries.size()));
    }

    private static List<Base> read(Path zip) throws IOException {
        List<Base> bases = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                if (entry.isDirectory() || !entry.getName().endsWith(".xml")) {
                    continue;
                }
                String xml = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
                Matcher focus = FOCUS.matcher(xml);
                if (!focus.find()) {
                    continue;
                }
                List<String> synonyms = new ArrayList<>();
                for (Matcher m = SYNONYM.matcher(xml); m.find(); ) {
                    synonyms.add(text(m.group(1)));
                }
                List<String> headings = new ArrayList<>();
                List<String> answers = new ArrayList<>();
                List<String> questions = new ArrayList<>();
                for (Matcher m = QA.matcher(xml); m.find(); ) {
                    String answer = text(m.group(3));
                    if (!answer.isBlank()) {
                        headings.add(m.group(1));
                        questions.add(text(m.group(2)));
                        answers.add(answer);
                    }
                }
                if (!answers.isEmpty()) {
                    bases.add(new Base(text(focus.group(1)), synonyms, headings, answers, questions));
                }
            }
        }
        return bases;
    }

    private static String text(String xml) {
        return Parser.unescapeEntities(xml.strip(), false);
    }

    /**
     * N articles from the MedQuAD documents: the first copy of each as it is, the later ones
     * with a numbered title and their answers in another order, so no two are identical.
     */
    static GeneratedSource synthetic(List<Base> bases, int count) {
        List<List<String>> groups = new ArrayList<>();
        for (Base base : bases) {
            List<String> names = new ArrayList<>();
            names.add(base.title());
            names.addAll(base.synonyms());
            groups.add(names);
        }
        return new GeneratedSource(count, i -> article(bases, i), List.of(), groups);
    }

    private static Searchable article(List<Base> bases, int i) {
        Base base = bases.get(i % bases.size());
        int copy = i / bases.size();
        List<String> answers = new ArrayList<>(base.answers());
        java.util.Collections.rotate(answers, copy);
        String body = String.join("\n", answers);
        String summary = body.length() > 250 ? body.substring(0, 250) : body;
        return new Searchable(
                "article:" + i,
                Searchable.Kind.ARTICLE,
                "en",
                "condition",
                "a-" + i,
                copy == 0 ? base.title() : base.title() + " (" + (copy + 1) + ")",
                base.synonyms(),
                summary,
                String.join("\n", base.headings()),
                body,
                List.of());
    }
}
