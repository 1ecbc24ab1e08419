package org.salus.cli;

import java.util.List;

/** What an import did, printed at its end. */
public record ImportReport(int created, int updated, int unchanged, List<String> notes) {

    public ImportReport {
        notes = List.copyOf(notes);
    }

    public String summary() {
        return "created " + created + ", updated " + updated + ", unchanged " + unchanged;
    }
}
