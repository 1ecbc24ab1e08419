package org.salus.audit;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.salus.web.Dates;

/**
 * The audit log as a spreadsheet opens it (RFC 4180 through Apache Commons CSV). Times are ISO 8601
 * in UTC, for sorting and for other tools. A cell that starts with {@code = + - @} (or a tab or
 * carriage return) gets a leading apostrophe, so a spreadsheet shows it as text instead of running
 * it as a formula (CSV injection: a detail or a typed username is whatever someone typed).
 */
final class AuditCsv {

    static final String[] HEADER = {
        "occurred_at_utc", "actor", "action", "subject", "link", "from_revision", "to_revision", "account", "detail"
    };

    private AuditCsv() {}

    static void write(List<AuditPage.Row> rows, Appendable out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (AuditPage.Row row : rows) {
                AuditEntry e = row.entry();
                AuditSubject s = row.subject();
                printer.printRecord(
                        Dates.iso(e.occurredAt()),
                        safe(e.actor()),
                        safe(e.action()),
                        safe(s != null ? s.name() : e.termSlug()),
                        s != null ? s.link() : "",
                        revision(e.fromRevision(), s == null ? null : s.fromRevision()),
                        revision(e.toRevision(), s == null ? null : s.toRevision()),
                        safe(e.subject()),
                        safe(e.detail()));
            }
        }
    }

    private static String revision(Long id, Integer number) {
        return id == null ? "" : number == null ? "#" + id : String.valueOf(number);
    }

    /** Text a spreadsheet will not evaluate. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
