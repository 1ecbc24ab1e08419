package org.salus.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The one mapping between an {@link Instant} and a {@code TIMESTAMP} column (without time zone).
 *
 * <p>Why: every such column holds the UTC wall-clock time. H2 and PostgreSQL both keep a
 * {@link LocalDateTime} exactly as written and hand it back unchanged, whatever the JVM's or the
 * database session's time zone, so writing and reading through UTC here gives back the same
 * instant on every machine. (A {@link java.sql.Timestamp} would instead be shifted by the JVM's
 * default zone on the way in and out.)
 */
public final class SqlTimes {

    private SqlTimes() {}

    /** The UTC wall-clock time of {@code instant}, to bind to a TIMESTAMP parameter; null for null. */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant stored in TIMESTAMP column {@code column} of the current row; null for SQL NULL. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }

    /** The instant stored in the TIMESTAMP column at 1-based {@code column} of the current row; null for SQL NULL. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
