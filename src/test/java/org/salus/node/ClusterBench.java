package org.salus.node;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from a publication on node A to its being visible on node B, over a running cluster
 * (bench/cluster.sh starts it with scripts/cluster.sh). Not a test. Each publication is a corrected
 * revision through the real editorial HTTP flow on A (save, submit, approve by another person,
 * publish now); "committed" is the moment A's publish POST returned (the write commits before the
 * response), "visible" the moment a GET of B's topic page returned with the correction's marker in
 * it; B is polled every {@value #POLL_MS} ms. Prints one line per 50 publications and a final
 * {@code RESULT key=value ...} line the script reads.
 * Usage: ClusterBench PORT_A PORT_B N (the first administrator's password in SALUS_ADMIN_INITIAL_PASSWORD).
 */
public final class ClusterBench {

    private static final long POLL_MS = 5;
    /** A publication not on B after this long is counted as not visible (and the run goes on). */
    private static final long GIVE_UP_MS = 10_000;
    /** Corrections rotate over these sample articles, so none of them grows much. */
    private static final List<String> SLUGS = List.of(
            "acanthosis-nigricans", "type-2-diabetes", "high-blood-pressure", "prediabetes", "metabolic-syndrome");

    private ClusterBench() {}

    public static void main(String[] args) {
        int portA = Integer.parseInt(args[0]);
        int portB = Integer.parseInt(args[1]);
        int n = Integer.parseInt(args[2]);
        NodeClient admin = new NodeClient(portA);
        admin.signIn("admin", System.getenv("SALUS_ADMIN_INITIAL_PASSWORD"));
        EditorialSteps onA = EditorialSteps.editorAndReviewer(admin, portA, "bench");
        NodeClient b = new NodeClient(portB);

        List<Long> visibleMs = new ArrayList<>();
        List<Long> flowMs = new ArrayList<>();
        int missed = 0;
        for (int i = 0; i < n; i++) {
            String slug = SLUGS.get(i % SLUGS.size());
            // Fixed width, so no marker is a prefix of a later one.
            String marker = String.format("zqbenchmark%05d", i);
            long started = System.nanoTime();
            long committed = onA.publishCorrection(slug, marker);
            flowMs.add(TimeUnit.NANOSECONDS.toMillis(committed - started));
            long visible = awaitOn(b, "/topics/" + slug, marker, committed);
            if (visible < 0) {
                missed++;
                visibleMs.add(GIVE_UP_MS);
            } else {
                visibleMs.add(visible);
            }
            if ((i + 1) % 50 == 0) {
                System.out.printf("%d publications, last visible on B after %d ms%n", i + 1, visibleMs.get(i));
            }
        }
        List<Long> sorted = visibleMs.stream().sorted().toList();
        System.out.printf(
                "RESULT n=%d p50=%d p99=%d max=%d within1s=%d within2s=%d missed=%d flowP50=%d%n",
                n,
                percentile(sorted, 50),
                percentile(sorted, 99),
                sorted.get(n - 1),
                sorted.stream().filter(ms -> ms <= 1000).count(),
                sorted.stream().filter(ms -> ms <= 2000).count(),
                missed,
                percentile(flowMs.stream().sorted().toList(), 50));
    }

    /** Milliseconds from {@code committedNanos} until the page shows {@code marker}, or -1 after {@link #GIVE_UP_MS}. */
    private static long awaitOn(NodeClient node, String page, String marker, long committedNanos) {
        long deadline = committedNanos + TimeUnit.MILLISECONDS.toNanos(GIVE_UP_MS);
        while (System.nanoTime() < deadline) {
            if (node.get(page).body().contains(marker)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - committedNanos);
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

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
