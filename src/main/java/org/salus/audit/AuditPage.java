package org.salus.audit;

import java.util.List;

import org.salus.web.PageContext;
import org.salus.web.Paging;

/**
 * The audit log page: the filter as sent, the actions to choose from, and one page of entries.
 */
public record AuditPage(PageContext ctx, AuditQuery query, List<String> actions, Paging<Row> rows) {

    /** An entry with what its ids point at (null when no feature knows the subject, or there is none). */
    public record Row(AuditEntry entry, AuditSubject subject) {

        /** The revision step as the history numbers it: "2 → 3", "– → 1"; empty when the entry has none. */
        public String revisions() {
            if (entry.fromRevision() == null && entry.toRevision() == null) {
                return "";
            }
            return number(entry.fromRevision(), subject == null ? null : subject.fromRevision()) + " → "
                    + number(entry.toRevision(), subject == null ? null : subject.toRevision());
        }

        private static String number(Long id, Integer number) {
            if (id == null) {
                return "–";
            }
            return number == null ? "#" + id : String.valueOf(number);
        }
    }
}
