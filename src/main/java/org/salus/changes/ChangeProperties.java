package org.salus.changes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a node follows the change log, {@code salus.changes.*}.
 *
 * @param pollInterval how often the follower reads the log when no notification woke it (PostgreSQL notifies
 *                     within milliseconds; on other databases this is the delay before a node sees another's
 *                     change)
 * @param gapTimeout   how long a missing log position (a transaction still open, or rolled back) is waited for
 *                     before the follower gives it up and moves on
 */
@ConfigurationProperties("salus.changes")
public record ChangeProperties(
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue("PT10M") Duration gapTimeout) {}
