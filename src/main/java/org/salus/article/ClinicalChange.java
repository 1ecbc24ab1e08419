package org.salus.article;

import java.time.LocalDate;

/**
 * A line of the public "What changed" list. Only what readers saw is listed: the article's first
 * publication (said plainly, whatever note its revision carried, since the notes before it were
 * written between drafts nobody read), and each later published clinical change with the note
 * its writer wrote for it. A published revision that came by import is listed without its note,
 * which is internal ("Imported from MedlinePlus topic 2175").
 *
 * @param note the line's text in English for clients that show it as it is (the JSON API); pages
 *             show {@link Kind#FIRST_PUBLISHED} and {@link Kind#SOURCE_UPDATE} in the reader's language
 */
public record ClinicalChange(LocalDate date, String note, Kind kind) {

    public enum Kind {
        FIRST_PUBLISHED("First published."),
        CHANGE(null),
        SOURCE_UPDATE("Updated from the source.");

        private final String note;

        Kind(String note) {
            this.note = note;
        }
    }

    static ClinicalChange firstPublished(LocalDate date) {
        return new ClinicalChange(date, Kind.FIRST_PUBLISHED.note, Kind.FIRST_PUBLISHED);
    }

    static ClinicalChange sourceUpdate(LocalDate date) {
        return new ClinicalChange(date, Kind.SOURCE_UPDATE.note, Kind.SOURCE_UPDATE);
    }

    static ClinicalChange change(LocalDate date, String note) {
        return new ClinicalChange(date, note, Kind.CHANGE);
    }
}
