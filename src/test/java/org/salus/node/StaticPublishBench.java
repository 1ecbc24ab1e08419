package org.salus.node;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.brotli.dec.BrotliInputStream;

/**
 * Publish-to-file latency of the static edition (issue 18), over a running node that keeps an
 * edition ({@code --salus.static.dir=DIR}; bench/static.sh starts it with scripts/cluster.sh). Not
 * a test. Each publication is a corrected revision through the real editorial HTTP flow (save,
 * submit, approve by another person, publish now, as {@link ClusterBench} does); "published" is
 * the moment the publish POST returned (the write committed before the response), "on disk" the
 * moment the topic page's file under {@code DIR/pages} holds the correction's marker. The file is
 * read every {@value #POLL_MS} ms. Its {@code .gz} and {@code .br} are written before it, so they
 * are checked to decode to the same bytes at that moment (a mismatch is counted, never waited for).
 * Prints a final {@code RESULT key=value ...} line the script reads.
 * Usage: StaticPublishBench PORT EDITION_DIR N (the first administrator's password in SALUS_ADMIN_INITIAL_PASSWORD).
 */
public final class StaticPublishBench {

    private static final long POLL_MS = 5;
    /** A publication whose file has not changed after this long is counted as missed (and the run goes on). */
    private static final long GIVE_UP_MS = 20_000;
    /** Corrections rotate over these sample articles, so none of them grows much. */
    private static final List<String> SLUGS = List.of(
            "acanthosis-nigricans", "type-2-diabetes", "high-blood-pressure", "prediabetes", "metabolic-syndrome");

    private StaticPublishBench() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Path pages = Path.of(args[1]).resolve("pages");
        int n = Integer.parseInt(args[2]);
        NodeClient admin = new NodeClient(port);
        admin.signIn("admin", System.getenv("SALUS_ADMIN_INITIAL_PASSWORD"));
        EditorialSteps steps = EditorialSteps.editorAndReviewer(admin, port, "static" + System.currentTimeMillis());

        List<Long> onDiskMs = new ArrayList<>();
        int missed = 0;
        int siblingsBehind = 0;
        for (int i = 0; i < n; i++) {
            String slug = SLUGS.get(i % SLUGS.size());
            String marker = String.format("zqstaticbench%05d", i); // fixed width: no marker is a prefix of another
            long published = steps.publishCorrection(slug, marker);
            Path file = pages.resolve("topics/" + slug + ".html");
            long ms = awaitMarker(file, marker, published);
            if (ms < 0) {
                missed++;
                onDiskMs.add(GIVE_UP_MS);
                continue;
            }
            onDiskMs.add(ms);
            if (!siblingsMatch(file)) {
                siblingsBehind++;
            }
        }
        List<Long> sorted = onDiskMs.stream().sorted().toList();
        System.out.printf(
                "RESULT n=%d p50=%d p99=%d max=%d within2s=%d missed=%d siblingsBehind=%d%n",
                n,
                percentile(sorted, 50),
                percentile(sorted, 99),
                sorted.get(n - 1),
                sorted.stream().filter(ms -> ms <= 2000).count(),
                missed,
                siblingsBehind);
    }

    /** Milliseconds from {@code publishedNanos} until {@code file} holds {@code marker}, or -1 after {@link #GIVE_UP_MS}. */
    private static long awaitMarker(Path file, String marker, long publishedNanos) {
        byte[] wanted = marker.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long deadline = publishedNanos + TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MS);
        while (System.nanoTime() < deadline) {
            if (contains(read(file), wanted)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - publishedNanos);
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return -1;
    }

    /** Whether the page's .gz and .br decode to the page as it is now (they are renamed into place before it). */
    private static boolean siblingsMatch(Path file) {
        byte[] page = read(file);
        try {
            byte[] gz = decode(new GZIPInputStream(new ByteArrayInputStream(read(sibling(file, ".gz")))));
            byte[] br = decode(new BrotliInputStream(new ByteArrayInputStream(read(sibling(file, ".br")))));
            return Arrays.equals(page, gz) && Arrays.equals(page, br);
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] decode(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
