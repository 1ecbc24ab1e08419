package org.salus.newsroom;

import java.time.Instant;

/**
 * Something that awaits one person: {@code kind} is the audit action it came from
 * ({@code revision.submitted}, {@code story.reported}, ...), {@code link} the page where the work is done.
 */
public record Notification(
        long id, String kind, String title, String detail, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
