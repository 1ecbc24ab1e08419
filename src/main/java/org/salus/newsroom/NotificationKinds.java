package org.salus.newsroom;

import java.util.Map;

/** The English names of notification kinds, for e-mail subjects (the hub uses messages.properties). */
final class NotificationKinds {

    private static final Map<String, String> ENGLISH = Map.of(
            "revision.submitted", "Awaiting your review",
            "revision.changesRequested", "Changes requested",
            "revision.approved", "Approved",
            "revision.scheduled", "Scheduled",
            "revision.published", "Published",
            "story.reported", "Story hidden after reports",
            "story.review-requested", "Story reported");

    private NotificationKinds() {}

    static String english(String kind) {
        return ENGLISH.getOrDefault(kind, kind);
    }
}
