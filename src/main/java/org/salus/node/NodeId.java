package org.salus.node;

import org.springframework.stereotype.Component;

/**
 * This app node's name in a cluster ({@code salus.node.id}, by default host name + ":" + port):
 * in every log line, in {@code /actuator/health}, and for anything that records which node did
 * something. Only a name: nodes share everything but their search index through the database.
 */
@Component
public class NodeId {

    private final String value;

    NodeId(NodeProperties properties) {
        this.value = properties.id();
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
