package org.salus.newsroom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional e-mail copy of each notification, {@code salus.notifications.mail.*}. Mail goes out
 * only when {@code enabled} is true and Spring Boot's {@code spring.mail.host} names an SMTP server.
 *
 * @param enabled send each notification by e-mail to its recipient's account address as well (off by default)
 * @param from    the sender address of notification e-mails
 */
@ConfigurationProperties("salus.notifications.mail")
public record NotificationMailProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("salus@localhost") String from) {}
