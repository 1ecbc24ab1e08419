package org.salus.newsroom;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored notifications, and which audit entries were already turned into them. */
@Repository
class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            long recipientId, long auditEntryId, String kind, String title, String detail, String link, Instant at) {
        jdbc.sql("""
                INSERT INTO notification (recipient_id, audit_entry_id, kind, title, detail, link, created_at)
                VALUES (:recipient, :entry, :kind, :title, :detail, :link, :at)""")
                .param("recipient", recipientId)
                .param("entry", auditEntryId)
                .param("kind", kind)
                .param("title", cut(title, 300))
                .param("detail", detail == null ? null : cut(detail, 2000))
                .param("link", link)
                .param("at", utc(at))
                .update();
    }

    void markProcessed(long auditEntryId, Instant at) {
        jdbc.sql("INSERT INTO notification_source (audit_entry_id, processed_at) VALUES (:entry, :at)")
                .param("entry", auditEntryId)
                .param("at", utc(at))
                .update();
    }

    /** The newest first. */
    List<Notification> recent(long recipientId, int limit) {
        return jdbc.sql("""
                SELECT id, kind, title, detail, link, created_at, read_at FROM notification
                WHERE recipient_id = :r ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY""")
                .param("r", recipientId)
                .param("limit", limit)
                .query(NotificationRepository::row)
                .list();
    }

    java.util.Optional<Notification> find(long recipientId, long id) {
        return jdbc.sql("""
                SELECT id, kind, title, detail, link, created_at, read_at FROM notification
                WHERE recipient_id = :r AND id = :id""")
                .param("r", recipientId)
                .param("id", id)
                .query(NotificationRepository::row)
                .optional();
    }

    int unread(long recipientId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient_id = :r AND read_at IS NULL")
                .param("r", recipientId)
                .query(Integer.class)
                .single();
    }

    /** Marks one of the recipient's notifications read; another person's id changes nothing. */
    boolean markRead(long recipientId, long id, Instant at) {
        return jdbc.sql(
                                "UPDATE notification SET read_at = :at WHERE id = :id AND recipient_id = :r AND read_at IS NULL")
                        .param("at", utc(at))
                        .param("id", id)
                        .param("r", recipientId)
                        .update()
                > 0;
    }

    int markAllRead(long recipientId, Instant at) {
        return jdbc.sql("UPDATE notification SET read_at = :at WHERE recipient_id = :r AND read_at IS NULL")
                .param("at", utc(at))
                .param("r", recipientId)
                .update();
    }

    private static Notification row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Notification(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("detail"),
                rs.getString("link"),
                instant(rs, "created_at"),
                instant(rs, "read_at"));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
