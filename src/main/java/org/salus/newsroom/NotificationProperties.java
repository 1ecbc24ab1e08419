package org.salus.newsroom;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings, {@code salus.notifications.*}; e-mail has its own, {@link NotificationMailProperties}.
 *
 * @param check how often new audit entries are turned into notifications (one node of a cluster at a time)
 */
@ConfigurationProperties("salus.notifications")
public record NotificationProperties(
        @DefaultValue(NotificationProperties.CHECK) Duration check) {

    /** The default of {@code check}, also read by {@code @Scheduled}, which cannot see this record. */
    static final String CHECK = "PT30S";
}
