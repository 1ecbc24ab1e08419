package org.salus.dictionary.importing;

import org.salus.article.Slugs;

/**
 * One NCI glossary term as either form of the glossary gives it (a TSV row or a CDR XML file),
 * its fields stripped; the Spanish ones and the pronunciation may be empty.
 *
 * @param where the place to name in notes about this term: {@code line 12} of the TSV, or the
 *              XML file's name
 */
record NciRow(
        String where,
        String cdrId,
        String term,
        String pronunciation,
        String definitionEn,
        String termEs,
        String definitionEs) {

    /** Column widths of the {@code term} table. */
    static final int MAX_NAME = 300;

    static final int MAX_SOURCE_ID = 150;
    /** The longest definition imported: real ones are a few hundred characters. */
    static final int MAX_DEFINITION = 20_000;

    /** Why the term cannot be imported, or {@code null} when it can. The same rules for both forms. */
    String problem() {
        if (cdrId.isEmpty()) {
            return "no cdr_id";
        }
        if (cdrId.length() > MAX_SOURCE_ID) {
            return "cdr_id is longer than " + MAX_SOURCE_ID + " characters";
        }
        if (term.isEmpty()) {
            return "no term";
        }
        if (term.length() > MAX_NAME) {
            return "the term is longer than " + MAX_NAME + " characters";
        }
        if (!Slugs.isValid(Slugs.of(term))) {
            return "the term '" + term + "' gives no usable address (slug)";
        }
        if (definitionEn.isEmpty()) {
            return "no English definition";
        }
        if (definitionEn.length() > MAX_DEFINITION || definitionEs.length() > MAX_DEFINITION) {
            return "a definition is longer than the limit of " + MAX_DEFINITION + " characters";
        }
        if (pronunciation.length() > MAX_NAME) {
            return "the pronunciation is longer than " + MAX_NAME + " characters";
        }
        return null;
    }
}
