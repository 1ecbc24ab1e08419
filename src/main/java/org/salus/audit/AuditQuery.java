package org.salus.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.salus.web.BadRequestException;
import org.salus.web.Dates;

/**
 * The audit page's filter form as sent: blank means any. Dates are days in the site's time zone,
 * both ends included.
 *
 * @param who     the actor, as recorded
 * @param action  the action code
 * @param subject an article's or term's address (slug), or an account's username
 * @param from    first day, {@code yyyy-mm-dd}
 * @param to      last day, {@code yyyy-mm-dd}
 */
public record AuditQuery(String who, String action, String subject, String from, String to) {

    public AuditQuery {
        who = blankToNull(who);
        action = blankToNull(action);
        subject = blankToNull(subject);
        from = blankToNull(from);
        to = blankToNull(to);
    }

    /** The filter for the log; an article address is resolved by {@code articleId}. */
    AuditFilter filter(Dates dates, Long articleId) {
        LocalDate first = day(from);
        LocalDate last = day(to);
        if (first != null && last != null && last.isBefore(first)) {
            throw new BadRequestException("audit.badRange");
        }
        return new AuditFilter(
                who,
                action,
                articleId,
                subject,
                first == null ? null : dates.startOf(first),
                last == null ? null : dates.startOf(last.plusDays(1)));
    }

    /** This filter as a query string ("?who=ana&amp;action=…", "" for none), for page links and the CSV link. */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        add(parts, "who", who);
        add(parts, "action", action);
        add(parts, "subject", subject);
        add(parts, "from", from);
        add(parts, "to", to);
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    public String value(String field) {
        String v = switch (field) {
            case "who" -> who;
            case "action" -> action;
            case "subject" -> subject;
            case "from" -> from;
            default -> to;
        };
        return v == null ? "" : v;
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("audit.badDate");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
