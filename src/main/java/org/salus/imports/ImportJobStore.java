package org.salus.imports;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.salus.importing.ImportReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code import_job} table: every node reads jobs here; only the node running a job writes
 * its row. Each call is one statement in its own (auto-commit) transaction, never inside an
 * import's transaction, so progress is visible at once and a failed import keeps its row.
 */
@Repository
class ImportJobStore {

    /**
     * A queued or running job whose row was not written for this long is shown as interrupted:
     * its node touches the row every {@link ImportJobs#HEARTBEAT} while it waits or runs.
     */
    static final Duration STALE = Duration.ofMinutes(2);

    static final int MAX_NOTES = 500;
    static final int NOTE_WIDTH = 500;
    static final int FAILURE_WIDTH = 2000;

    private static final String COLUMNS =
            "id, format, file_name, mode, started_by, node_id, state, queued_at, started_at,"
                    + " finished_at, updated_at, created, updated, unchanged, skipped, notes, failure, output";

    private final JdbcClient jdbc;

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ImportJob job) {
        jdbc.sql(
                        "INSERT INTO import_job (id, format, file_name, mode, started_by, node_id, state, queued_at, updated_at,"
                                + " output) VALUES (:id, :format, :file, :mode, :by, :node, 'QUEUED', :at, :at, '')")
                .param("id", job.id())
                .param("format", job.format())
                .param("file", job.fileName())
                .param("mode", job.mode())
                .param("by", job.startedBy())
                .param("node", job.node())
                .param("at", utc(job.queuedAt()))
                .update();
    }

    /** Deletes all but the newest {@code kept} jobs: older ones are in the audit log. */
    void prune(int kept) {
        List<String> old = jdbc.sql("SELECT id FROM import_job ORDER BY queued_at DESC, id OFFSET :kept ROWS")
                .param("kept", kept)
                .query(String.class)
                .list();
        if (!old.isEmpty()) {
            jdbc.sql("DELETE FROM import_job WHERE id IN (:ids)")
                    .param("ids", old)
                    .update();
        }
    }

    void running(String id, Instant at) {
        jdbc.sql("UPDATE import_job SET state = 'RUNNING', started_at = :at, updated_at = :at WHERE id = :id")
                .param("at", utc(at))
                .param("id", id)
                .update();
    }

    void progress(String id, String output, Instant at) {
        jdbc.sql("UPDATE import_job SET output = :output, updated_at = :at WHERE id = :id")
                .param("output", output)
                .param("at", utc(at))
                .param("id", id)
                .update();
    }

    /** Tells other nodes these jobs' node is alive, while they wait or run without printing. */
    void touch(Collection<String> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE import_job SET updated_at = :at WHERE id IN (:ids)")
                    .param("at", utc(at))
                    .param("ids", List.copyOf(ids))
                    .update();
        }
    }

    void finished(String id, ImportReport report, String output, Instant at) {
        jdbc.sql("UPDATE import_job SET state = 'FINISHED', finished_at = :at, updated_at = :at, created = :created,"
                        + " updated = :updated, unchanged = :unchanged, skipped = :skipped, notes = :notes,"
                        + " output = :output WHERE id = :id")
                .param("at", utc(at))
                .param("created", report.created())
                .param("updated", report.updated())
                .param("unchanged", report.unchanged())
                .param("skipped", report.skipped())
                .param("notes", notes(report.notes()))
                .param("output", output)
                .param("id", id)
                .update();
    }

    void failed(String id, String reason, String output, Instant at) {
        jdbc.sql("UPDATE import_job SET state = 'FAILED', finished_at = :at, updated_at = :at, failure = :failure,"
                        + " output = :output WHERE id = :id")
                .param("at", utc(at))
                .param("failure", cut(reason, FAILURE_WIDTH))
                .param("output", output)
                .param("id", id)
                .update();
    }

    Optional<ImportJob> find(String id, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_job WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> job(rs, now))
                .optional();
    }

    /** Newest first. */
    List<ImportJob> recent(int limit, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM import_job ORDER BY queued_at DESC, id FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, n) -> job(rs, now))
                .list();
    }

    private static ImportJob job(ResultSet rs, Instant now) throws SQLException {
        ImportJob.State state = ImportJob.State.valueOf(rs.getString("state"));
        boolean pending = state == ImportJob.State.QUEUED || state == ImportJob.State.RUNNING;
        if (pending && instant(rs, "updated_at").isBefore(now.minus(STALE))) {
            state = ImportJob.State.INTERRUPTED;
        }
        ImportReport report = null;
        if (rs.getObject("created") != null) {
            String notes = rs.getString("notes");
            report = new ImportReport(
                    rs.getInt("created"),
                    rs.getInt("updated"),
                    rs.getInt("unchanged"),
                    rs.getInt("skipped"),
                    notes == null || notes.isEmpty() ? List.of() : Arrays.asList(notes.split("\n")));
        }
        return new ImportJob(
                rs.getString("id"),
                rs.getString("format"),
                rs.getString("file_name"),
                rs.getString("mode"),
                rs.getString("started_by"),
                rs.getString("node_id"),
                state,
                instant(rs, "queued_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                report,
                rs.getString("failure"),
                rs.getString("output"));
    }

    /** The notes, one a line, the first {@value #MAX_NOTES} kept: the page shows them, not a log. */
    private static String notes(List<String> notes) {
        StringBuilder text = new StringBuilder();
        notes.stream()
                .limit(MAX_NOTES)
                .forEach(note ->
                        text.append(cut(note.replace('\n', ' '), NOTE_WIDTH)).append('\n'));
        if (notes.size() > MAX_NOTES) {
            text.append("… and ").append(notes.size() - MAX_NOTES).append(" more notes not shown\n");
        }
        return text.toString().stripTrailing();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
