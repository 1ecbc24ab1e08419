package org.salus.changes;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The application's {@link ChangeHistory}: the change log as this node follows it. */
@Component
class LogHistory implements ChangeHistory {

    private final ChangeLog changes;
    private final ChangeFollower follower;

    LogHistory(ChangeLog changes, ChangeFollower follower) {
        this.changes = changes;
        this.follower = follower;
    }

    @Override
    public long position() {
        return follower.position();
    }

    @Override
    public ChangeLog.Batch since(long position, int limit) {
        return changes.since(position, limit);
    }

    @Override
    public Optional<String> stamp(long position) {
        return changes.stamp(position);
    }
}
