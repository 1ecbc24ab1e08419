package org.salus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.salus.importing.ImportReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The {@code import_job} table, the same on H2 and PostgreSQL: a job's life written by its node
 * and read back by any, the newest {@value ImportJobs#KEPT} kept, a silent job interrupted.
 * Times start after any earlier run's rows (a PostgreSQL database outlives the test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ImportJobStoreContract {

    @Autowired
    ImportJobStore store;

    final Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aJobsProgressThenItsReportAreReadBack() {
        ImportJob job = job("mplus_topics_2026-12-01.xml", base);
        store.insert(job);
        assertThat(store.find(job.id(), base).orElseThrow().state()).isEqualTo(ImportJob.State.QUEUED);

        store.running(job.id(), base.plusSeconds(1));
        store.progress(job.id(), "read 10 topics\n", base.plusSeconds(2));
        ImportJob running = store.find(job.id(), base.plusSeconds(2)).orElseThrow();
        assertThat(running.state()).isEqualTo(ImportJob.State.RUNNING);
        assertThat(running.startedAt()).isEqualTo(base.plusSeconds(1));
        assertThat(running.output()).isEqualTo("read 10 topics\n");

        store.finished(
                job.id(),
                new ImportReport(3, 2, 1, 4, List.of("line 7: no title", "line 9: too long")),
                "read 10 topics\ndone\n",
                base.plusSeconds(3));
        ImportJob finished = store.find(
                        job.id(), base.plus(ImportJobStore.STALE).plusSeconds(60))
                .orElseThrow();
        assertThat(finished.state()).as("a finished job is never interrupted").isEqualTo(ImportJob.State.FINISHED);
        assertThat(finished.report())
                .isEqualTo(new ImportReport(3, 2, 1, 4, List.of("line 7: no title", "line 9: too long")));
        assertThat(finished)
                .extracting(
                        ImportJob::fileName,
                        ImportJob::mode,
                        ImportJob::startedBy,
                        ImportJob::node,
                        ImportJob::finishedAt,
                        ImportJob::output)
                .containsExactly(
                        "mplus_topics_2026-12-01.xml",
                        "draft",
                        "admin",
                        "node-a",
                        base.plusSeconds(3),
                        "read 10 topics\ndone\n");
    }

    @Test
    void aFailureIsKeptWithItsReason() {
        ImportJob job = job("broken.zip", base);
        store.insert(job);
        store.running(job.id(), base);
        store.failed(job.id(), "not a zip archive", "opening broken.zip\n", base.plusSeconds(1));

        ImportJob failed = store.find(job.id(), base.plusSeconds(1)).orElseThrow();
        assertThat(failed.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(failed.failure()).isEqualTo("not a zip archive");
        assertThat(failed.report()).isNull();
    }

    @Test
    void aQueuedOrRunningJobNotWrittenForTooLongIsInterruptedUntilItsNodeWritesAgain() {
        ImportJob job = job("slow.obo", base);
        store.insert(job);
        Instant stale = base.plus(ImportJobStore.STALE).plusSeconds(1);
        assertThat(store.find(job.id(), base.plus(ImportJobStore.STALE))
                        .orElseThrow()
                        .state())
                .isEqualTo(ImportJob.State.QUEUED);
        assertThat(store.find(job.id(), stale).orElseThrow().state()).isEqualTo(ImportJob.State.INTERRUPTED);

        store.touch(List.of(job.id()), stale);
        assertThat(store.find(job.id(), stale).orElseThrow().state()).isEqualTo(ImportJob.State.QUEUED);
        store.running(job.id(), stale);
        assertThat(store.find(job.id(), stale.plus(ImportJobStore.STALE).plusSeconds(1))
                        .orElseThrow()
                        .state())
                .isEqualTo(ImportJob.State.INTERRUPTED);
    }

    @Test
    void theNewestJobsAreListedFirstAndOnlyTheKeptOnesStay() {
        Instant later = base.plusSeconds(3600);
        List<ImportJob> jobs = new ArrayList<>();
        IntStream.range(0, ImportJobs.KEPT + 3).forEach(i -> {
            ImportJob job = job("file-" + i + ".tsv", later.plusSeconds(i));
            store.insert(job);
            jobs.add(job);
        });
        store.prune(ImportJobs.KEPT);

        List<String> listed =
                store.recent(ImportJobs.KEPT, later).stream().map(ImportJob::id).toList();
        List<String> newest = IntStream.range(0, ImportJobs.KEPT)
                .mapToObj(i -> jobs.get(jobs.size() - 1 - i).id())
                .toList();
        assertThat(listed).containsExactlyElementsOf(newest);
        assertThat(store.find(jobs.get(0).id(), later))
                .as("older jobs are left to the audit log")
                .isEmpty();
        assertThat(store.find(jobs.get(2).id(), later)).isEmpty();
        assertThat(store.find(jobs.get(3).id(), later)).isPresent();
    }

    @Test
    void longNotesAreCutAndTheirNumberBounded() {
        ImportJob job = job("many.tsv", base);
        store.insert(job);
        List<String> notes = IntStream.range(0, ImportJobStore.MAX_NOTES + 5)
                .mapToObj(i -> "note " + i + " " + "x".repeat(600))
                .toList();
        store.finished(job.id(), new ImportReport(0, 0, 0, notes.size(), notes), "", base);

        List<String> stored = store.find(job.id(), base).orElseThrow().report().notes();
        assertThat(stored).hasSize(ImportJobStore.MAX_NOTES + 1);
        assertThat(stored.get(0))
                .hasSize(ImportJobStore.NOTE_WIDTH)
                .startsWith("note 0 ")
                .endsWith("…");
        assertThat(stored.get(ImportJobStore.MAX_NOTES)).isEqualTo("… and 5 more notes not shown");
    }

    private static ImportJob job(String file, Instant queuedAt) {
        return new ImportJob(
                UUID.randomUUID().toString(),
                "medlineplus",
                file,
                "draft",
                "admin",
                "node-a",
                ImportJob.State.QUEUED,
                queuedAt,
                null,
                null,
                null,
                null,
                "");
    }
}
