package org.salus.node;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code "node": {"status": "UP", "details": {"id": "web-2:8080"}}} in {@code /actuator/health}:
 * which node answered, for a load balancer's or an operator's check.
 */
@Component("nodeHealthIndicator")
class NodeHealthIndicator implements HealthIndicator {

    private final NodeId node;

    NodeHealthIndicator(NodeId node) {
        this.node = node;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("id", node.value()).build();
    }
}
