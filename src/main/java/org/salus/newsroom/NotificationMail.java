package org.salus.newsroom;

import org.salus.account.UserAccount;
import org.salus.web.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The optional e-mail copy of a notification, through Spring Boot's mail support. Off unless
 * {@code salus.notifications.mail.enabled} is true and {@code spring.mail.host} names an SMTP server
 * (Spring Boot then provides the {@link MailSender}). Sent after the transaction that stored the
 * notification commits, so nobody is told about something that was rolled back; a failure is logged,
 * never thrown: the notification is on the person's hub either way.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final ObjectProvider<MailSender> sender;
    private final NotificationMailProperties settings;
    private final SiteProperties site;

    NotificationMail(ObjectProvider<MailSender> sender, NotificationMailProperties settings, SiteProperties site) {
        this.sender = sender;
        this.settings = settings;
        this.site = site;
    }

    boolean enabled() {
        return settings.enabled() && sender.getIfAvailable() != null;
    }

    /** Queues the e-mail to go once the current transaction commits (at once when there is none). */
    void afterCommit(UserAccount to, String kind, String title, String detail, String link) {
        if (!enabled() || to.email() == null || to.email().isBlank()) {
            return;
        }
        SimpleMailMessage message = message(to, kind, title, detail, link);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(message);
                }
            });
        } else {
            send(message);
        }
    }

    SimpleMailMessage message(UserAccount to, String kind, String title, String detail, String link) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to.email());
        message.setSubject(site.name() + ": " + NotificationKinds.english(kind) + ": " + title);
        StringBuilder text = new StringBuilder()
                .append(NotificationKinds.english(kind))
                .append(": ")
                .append(title)
                .append("\n\n");
        if (detail != null && !detail.isBlank()) {
            text.append(detail).append("\n\n");
        }
        text.append(site.baseUrl()).append(link).append('\n');
        message.setText(text.toString());
        return message;
    }

    private void send(SimpleMailMessage message) {
        try {
            sender.getObject().send(message);
        } catch (MailException | IllegalStateException e) {
            log.warn("Notification e-mail to {} not sent: {}", String.join(",", message.getTo()), e.toString());
        }
    }
}
