package org.salus.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a revision stands. The legal moves are draft → submitted → approved or
 * changes-requested; changes-requested → submitted; approved → scheduled or published;
 * published → superseded when a newer revision is published.
 */
public enum WorkflowState {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    SUPERSEDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<WorkflowState> fromCode(String code) {
        return Arrays.stream(values())
                .filter(state -> state.code().equals(code))
                .findFirst();
    }
}
