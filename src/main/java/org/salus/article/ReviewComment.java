package org.salus.article;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A medical reviewer's written comment on a revision: changes requested, or an approval's notes.
 * Editors see it where they work; readers never do.
 *
 * @param revisionNumber the revision the comment was made on, as the history numbers it
 * @param decision       {@code changes-requested} or {@code approved}
 * @param sectionAnchor  the section the comment is about, or null for the whole article
 */
public record ReviewComment(
        long revisionId,
        int revisionNumber,
        String reviewerName,
        String decision,
        LocalDate reviewedOn,
        Instant recordedAt,
        String notes,
        String sectionAnchor) {

    public boolean changesRequested() {
        return "changes-requested".equals(decision);
    }
}
