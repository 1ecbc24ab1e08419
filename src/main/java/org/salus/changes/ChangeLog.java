package org.salus.changes;

import static org.salus.db.SqlTimes.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code change_log} table: writers append to it in their own transaction, followers read it
 * by position. Appending on PostgreSQL also takes the transaction's id before the row's position
 * (so a follower can tell a position still in flight from one that will never come, see
 * {@link ChangeFollower}) and sends a notification that PostgreSQL delivers at commit.
 */
@Repository
public class ChangeLog {

    /** The channel every node listens on; the payload is empty: followers read the table. */
    static final String CHANNEL = "salus_changes";
    /** Longest subject list stored; a change naming more articles names all of them. */
    static final int MAX_SUBJECTS = 100_000;

    private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DataSource dataSource;
    private final Database database;
    private final List<Runnable> afterCommit = new ArrayList<>();

    ChangeLog(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dataSource = dataSource;
        this.database = Database.of(dataSource);
    }

    /**
     * Appends a change in the caller's transaction: it becomes visible to followers when, and
     * only if, that transaction commits.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(Change.Builder change) {
        Connection connection = DataSourceUtils.getConnection(dataSource); // the caller's transaction
        try {
            write(connection, change, clock.instant());
        } catch (SQLException e) {
            throw new UncategorizedSQLException("append to change_log", null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        wakeFollowersAfterCommit();
    }

    /**
     * Appends a change on a connection the caller manages (a restore, which runs outside Spring's
     * transactions); it is committed with the caller's transaction.
     */
    public static void append(Connection connection, Change.Builder change) throws SQLException {
        write(connection, change, Instant.now());
    }

    /**
     * The one way a row is written. On PostgreSQL the transaction takes its id before the row its
     * position, so followers can tell a position in flight from one that will never come, and the
     * notification goes out when the transaction commits.
     */
    private static void write(Connection connection, Change.Builder change, Instant at) throws SQLException {
        Change draft = change.at(0);
        String subjects = draft.subjectsText();
        if (subjects.length() > MAX_SUBJECTS) {
            subjects = Change.of(draft.kind()).allArticles().at(0).subjectsText();
        }
        boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_current_xact_id()");
            }
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO change_log (kind, subjects, recorded_at) VALUES (?, ?, ?)")) {
            insert.setString(1, draft.kind().name());
            insert.setString(2, subjects);
            insert.setObject(3, utc(at));
            insert.executeUpdate();
        }
        if (postgres) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_notify('" + CHANNEL + "', '')");
            }
        }
    }

    /** Called after a transaction that appended commits, on the committing thread. */
    void onCommit(Runnable action) {
        afterCommit.add(action);
    }

    private void wakeFollowersAfterCommit() {
        if (afterCommit.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        String key = ChangeLog.class.getName();
        if (TransactionSynchronizationManager.hasResource(key)) {
            return; // one wake-up per transaction
        }
        TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                if (status == STATUS_COMMITTED) {
                    afterCommit.forEach(Runnable::run);
                }
            }
        });
    }

    /** A stored row as read, before it is parsed. */
    record Row(long position, String kind, String subjects, Timestamp recordedAt) {}

    /** Up to {@code limit} committed rows after {@code position}, in order. */
    List<Row> after(long position, int limit) {
        return jdbc.sql("SELECT id, kind, subjects, recorded_at FROM change_log WHERE id > :p ORDER BY id "
                        + "FETCH FIRST " + limit + " ROWS ONLY")
                .param("p", position)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4)))
                .list();
    }

    /**
     * Up to {@code limit} committed changes after {@code position}, in order, for a follower
     * catching up from a position it stored (the search index). Rows this version cannot read
     * are logged and left out.
     *
     * @return the changes, and the highest position read (including left-out rows)
     */
    public Batch since(long position, int limit) {
        List<Row> rows = after(position, limit);
        List<Change> read = new ArrayList<>(rows.size());
        for (Row row : rows) {
            parse(row).ifPresent(read::add);
        }
        return new Batch(
                read, rows.isEmpty() ? position : rows.get(rows.size() - 1).position(), rows.size() == limit);
    }

    /** Changes read in one go; {@code more} when the limit cut it short. */
    public record Batch(List<Change> changes, long last, boolean more) {}

    /** The row as a change, or empty (logged) when this version cannot read it. */
    static Optional<Change> parse(Row row) {
        try {
            return Optional.of(Change.parse(row.position(), row.kind(), row.subjects()));
        } catch (RuntimeException e) {
            log.error(
                    "Change at position {} cannot be read and is skipped: kind '{}', subjects '{}' ({})",
                    row.position(),
                    row.kind(),
                    abbreviate(row.subjects()),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** The committed rows among these positions (a follower's gaps), in order. */
    List<Row> at(Collection<Long> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, kind, subjects, recorded_at FROM change_log WHERE id IN (:ids) ORDER BY id")
                .param("ids", positions)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4)))
                .list();
    }

    /** The highest committed position, 0 for an empty log. */
    long last() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM change_log")
                .query(Long.class)
                .single();
    }

    /** When the change at this position was recorded, if it exists (to recognise a log). */
    public Optional<String> stamp(long position) {
        return jdbc.sql("SELECT recorded_at FROM change_log WHERE id = :p")
                .param("p", position)
                .query((rs, n) -> rs.getObject(1, LocalDateTime.class).toString())
                .optional();
    }

    /**
     * Other databases (H2): whether no session holds uncommitted changes right now, so a position
     * missing before this moment will never appear. False when the database cannot say.
     */
    boolean nobodyWriting() {
        try {
            return jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CONTAINS_UNCOMMITTED")
                            .query(Integer.class)
                            .single()
                    == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    Database database() {
        return database;
    }

    /**
     * PostgreSQL only: the oldest transaction id still running (every older one has ended) and
     * the next one to be assigned, from one snapshot.
     */
    long[] transactionHorizon() {
        return jdbc.sql(
                        "SELECT CAST(CAST(pg_snapshot_xmin(s) AS TEXT) AS BIGINT), "
                                + "CAST(CAST(pg_snapshot_xmax(s) AS TEXT) AS BIGINT) FROM (SELECT pg_current_snapshot() AS s) x")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }
}
