package org.salus.dictionary.importing;

/**
 * What a reader of the NCI glossary found at one place: a usable {@link #row()} or, for a record
 * that cannot be used, a {@link #problem()}; never both.
 */
record NciEntry(String where, NciRow row, String problem) {

    /** The row, or a problem entry when {@link NciRow#problem()} finds one. */
    static NciEntry of(NciRow row) {
        String problem = row.problem();
        return problem == null ? new NciEntry(row.where(), row, null) : bad(row.where(), problem);
    }

    static NciEntry bad(String where, String problem) {
        return new NciEntry(where, null, problem);
    }
}
