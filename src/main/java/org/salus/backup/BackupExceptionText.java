package org.salus.backup;

import java.sql.SQLException;

/** One line from a database error, for an operator: no SQL statement, no stack trace. */
final class BackupExceptionText {

    private BackupExceptionText() {}

    static String of(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int end = message.length();
        for (String stop : new String[] {"\n", "; SQL statement:", "  Call getNextException"}) {
            int at = message.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return message.substring(0, end).strip();
    }
}
