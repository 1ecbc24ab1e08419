package org.salus.changes;

import java.util.List;
import java.util.Optional;

/**
 * What a follower that stores its own position (the search index) needs of the change log:
 * where this node has got to, what committed after a stored position, and the stamp that tells
 * this log from another database's.
 */
public interface ChangeHistory {

    /** No log at all: for an index built outside the application (tests, the benchmark). */
    ChangeHistory NONE = new ChangeHistory() {
        @Override
        public long position() {
            return 0;
        }

        @Override
        public ChangeLog.Batch since(long position, int limit) {
            return new ChangeLog.Batch(List.of(), position, false);
        }

        @Override
        public Optional<String> stamp(long position) {
            return Optional.empty();
        }
    };

    /** Every change at or below this position has been delivered on this node. */
    long position();

    /** Committed changes after {@code position}, in order. */
    ChangeLog.Batch since(long position, int limit);

    /** When the change at this position was recorded, if this log has it. */
    Optional<String> stamp(long position);
}
