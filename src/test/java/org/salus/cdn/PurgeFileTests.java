package org.salus.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue file alone: appends, what is pending after the sent mark, and a line cut short by a crash. */
class PurgeFileTests {

    @TempDir
    Path folder;

    @Test
    void entriesArePendingUntilMarkedSent() {
        PurgeFile queue = new PurgeFile(folder.resolve("purge.jsonl"));
        queue.append(List.of(entry(7, "article-1", "feeds")));
        queue.append(List.of(entry(8, "term-2"), entry(9, "all")));

        PurgeFile.Pending pending = queue.pending();

        assertThat(pending.entries())
                .containsExactly(entry(7, "article-1", "feeds"), entry(8, "term-2"), entry(9, "all"));
        queue.markSent(pending.end());
        assertThat(queue.pending().entries()).isEmpty();
        queue.append(List.of(entry(10, "question-3")));
        assertThat(queue.pending().entries()).containsExactly(entry(10, "question-3"));
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheNextEntryKept() throws IOException {
        Path file = folder.resolve("purge.jsonl");
        Files.writeString(file, "{\"position\":1,\"keys\":[\"article-1\"],\"time\":\"2026-01-01T00:00:00Z\"}\n{\"posi");
        PurgeFile queue = new PurgeFile(file);

        queue.append(List.of(entry(2, "article-2")));

        assertThat(queue.pending().entries()).containsExactly(entry(1, "article-1"), entry(2, "article-2"));
    }

    @Test
    void theSenderSendsEachKeyOnceAndAllAlone() {
        assertThat(PurgeSender.keysOf(List.of(entry(1, "article-1", "feeds"), entry(2, "feeds", "term-3"))))
                .containsExactly("article-1", "feeds", "term-3");
        assertThat(PurgeSender.keysOf(List.of(entry(1, "article-1"), entry(2, "all"))))
                .containsExactly("all");
    }

    private static PurgeFile.Entry entry(long position, String... keys) {
        return new PurgeFile.Entry(position, List.of(keys), "2026-01-01T00:00:00Z");
    }
}
