package org.salus.changes;

import java.time.Duration;

import org.salus.testsupport.PostgresTest;

/**
 * {@link ChangeFollowerContract} on PostgreSQL, where transaction ids tell a rolled-back position
 * from one still in flight: the gap timeout is an hour, and the rolled-back position is still
 * passed over at once.
 */
@PostgresTest
class ChangeFollowerPostgresTests extends ChangeFollowerContract {

    @Override
    Duration rolledBackGapTimeout() {
        return Duration.ofHours(1);
    }
}
