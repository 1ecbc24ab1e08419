package org.salus.node;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * This node in a cluster, {@code salus.node.*}.
 *
 * @param id this node's name in every log line, in {@code /actuator/health} and in the scheduled-job lock
 *           table; by default the host name + ":" + {@code server.port} (set by {@link NodeIdDefault} before
 *           logging starts)
 */
@ConfigurationProperties(NodeProperties.PREFIX)
public record NodeProperties(String id) {

    static final String PREFIX = "salus.node";
}
