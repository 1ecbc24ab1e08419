package org.salus.article;

import java.util.Optional;

/**
 * The one rule for which revisions readers may see: a revision that a medical reviewer approved
 * ({@code medical_review.decision = 'approved'}) or that was published as syndicated content
 * ({@code syndicated_publication}). Nothing else is ever shown, whatever an article's
 * {@code published_revision_id} points at. Every reader query applies {@link #sql}, and code that
 * assembles a page from a revision's review and label applies {@link #allows}.
 * <p>
 * The rule is about a revision only: whether its article is live ({@code retired_at IS NULL},
 * {@code published_revision_id} set) is each query's own business.
 */
public final class ReaderVisibility {

    // Aliases unlikely to clash with the caller's, since the column is substituted inside the subqueries.
    private static final String VISIBLE = """
            (EXISTS (SELECT 1 FROM medical_review visible_review WHERE visible_review.revision_id = %1$s
                     AND visible_review.decision = 'approved')
             OR EXISTS (SELECT 1 FROM syndicated_publication visible_label WHERE visible_label.revision_id = %1$s))""";

    private static final String APPROVED = """
            EXISTS (SELECT 1 FROM medical_review visible_review WHERE visible_review.revision_id = %1$s
                    AND visible_review.decision = 'approved')""";

    private ReaderVisibility() {}

    /**
     * A SQL condition, in parentheses, that holds when readers may see the revision whose id is
     * in {@code revisionIdColumn} (for example {@code "r.id"} or {@code "a.published_revision_id"}).
     * The column is SQL the caller writes, never user input.
     */
    public static String sql(String revisionIdColumn) {
        return VISIBLE.formatted(revisionIdColumn);
    }

    /**
     * A SQL condition that holds when a reviewer approved the revision in {@code revisionIdColumn}:
     * among visible revisions, those that are not shown as syndicated content.
     */
    public static String approvedSql(String revisionIdColumn) {
        return APPROVED.formatted(revisionIdColumn);
    }

    /** The same rule in Java, for a revision's newest approving review and its syndication label. */
    public static boolean allows(Optional<MedicalReview> review, Optional<Syndication> syndication) {
        return review.isPresent() || syndication.isPresent();
    }
}
