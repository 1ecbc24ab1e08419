package org.salus.changes;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code changeLog}: the position this node has applied and how
 * many changes it applied since it started, so an operator can compare nodes.
 */
@Component
class ChangeLogHealthIndicator implements HealthIndicator {

    private final ChangeFollower follower;

    ChangeLogHealthIndicator(ChangeFollower follower) {
        this.follower = follower;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("position", follower.through())
                .withDetail("applied", follower.applied())
                .build();
    }
}
