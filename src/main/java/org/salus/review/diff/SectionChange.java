package org.salus.review.diff;

import java.util.List;
import java.util.Objects;

/**
 * What happened to one section between two revisions. Sections are matched by anchor: the
 * section type for typed sections, the heading's words for {@code OTHER} ones (so renaming a
 * free-form section shows as one REMOVED and one ADDED section).
 *
 * @param anchor          the section's anchor in the newer revision (older, if REMOVED)
 * @param heading         the newer heading, or the older one if the section was REMOVED
 * @param kind            ADDED, REMOVED, CHANGED (heading or body) or UNCHANGED
 * @param headingChanged  whether a section in both revisions has a reworded heading
 * @param previousHeading the older heading when {@code headingChanged}, otherwise null
 * @param lines           the Markdown body line by line: all INSERTED when ADDED, all DELETED
 *                        when REMOVED, a line diff when the body changed, and empty when the
 *                        body did not change (UNCHANGED, or only the heading was reworded)
 */
public record SectionChange(
        String anchor,
        String heading,
        Kind kind,
        boolean headingChanged,
        String previousHeading,
        List<DiffLine> lines) {

    /** How a section of the newer revision relates to the older one. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }

    public SectionChange {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }

    /** Whether the Markdown body differs (always true for ADDED and REMOVED sections). */
    public boolean bodyChanged() {
        return !lines.isEmpty();
    }
}
