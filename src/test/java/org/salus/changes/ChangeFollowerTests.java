package org.salus.changes;

import java.time.Duration;

/**
 * {@link ChangeFollowerContract} on H2, where a missing position is known never to come once no
 * session holds uncommitted changes: the gap timeout is an hour, and the rolled-back position is
 * still passed over at once.
 */
class ChangeFollowerTests extends ChangeFollowerContract {

    @Override
    Duration rolledBackGapTimeout() {
        return Duration.ofHours(1);
    }
}
