package org.salus.newsroom;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings, {@code salus.notifications.*}. E-mail goes out only when {@code mail.enabled}
 * is true and Spring Boot's {@code spring.mail.host} names an SMTP server.
 *
 * @param check how often new audit entries are turned into notifications (one node of a cluster at a time)
 * @param mail  the optional e-mail copy of each notification
 */
@ConfigurationProperties("salus.notifications")
public record NotificationProperties(
        @DefaultValue(NotificationProperties.CHECK) Duration check,
        @DefaultValue Mail mail) {

    /** The default of {@code check}, also read by {@code @Scheduled}, which cannot see this record. */
    static final String CHECK = "PT30S";

    /**
     * @param enabled send each notification by e-mail to its recipient's address as well (off by default)
     * @param from    the sender address of those e-mails
     */
    public record Mail(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("salus@localhost") String from) {}
}
