package org.salus.importing;

import java.util.List;

/**
 * What an import did, printed at its end. {@code notes} name what was skipped and why (with the
 * file and line or record), and anything else the publisher should know.
 */
public record ImportReport(int created, int updated, int unchanged, int skipped, List<String> notes) {

    public ImportReport {
        notes = List.copyOf(notes);
    }

    /** A report of an import that skips nothing, or counts its skips only in {@code notes}. */
    public ImportReport(int created, int updated, int unchanged, List<String> notes) {
        this(created, updated, unchanged, 0, notes);
    }

    public String summary() {
        return "created " + created + ", updated " + updated + ", unchanged " + unchanged
                + (skipped > 0 ? ", skipped " + skipped : "");
    }
}
