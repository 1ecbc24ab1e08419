package org.salus.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one revision child table ({@code revision_section}, {@code revision_source}, ...),
 * read in one streaming query ordered by revision id and handed out revision by revision, while
 * the revisions themselves stream in the same order: one query per table for the whole export,
 * not one per revision.
 */
final class RevisionParts implements AutoCloseable {

    /** Reads one row of the result set's current position. */
    interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final Statement statement;
    private final ResultSet rows;
    private boolean more;

    /** @param sql selects {@code revision_id} first, ordered by it (then by the rows' own order) */
    RevisionParts(Connection connection, String sql) throws SQLException {
        statement = connection.createStatement();
        statement.setFetchSize(500);
        rows = statement.executeQuery(sql);
        more = rows.next();
    }

    /** The rows of {@code revisionId}; revisions must be asked for in increasing id order. */
    <T> List<T> of(long revisionId, Row<T> row) throws SQLException {
        while (more && rows.getLong(1) < revisionId) {
            more = rows.next();
        }
        List<T> found = new ArrayList<>();
        while (more && rows.getLong(1) == revisionId) {
            found.add(row.read(rows));
            more = rows.next();
        }
        return found;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
