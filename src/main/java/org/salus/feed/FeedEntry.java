package org.salus.feed;

import java.time.Instant;

import org.salus.article.ChangeKind;
import org.salus.article.ClinicalChange;
import org.salus.article.ContentType;
import org.salus.article.MedicalReview;
import org.salus.article.Syndication;
import org.salus.article.TopicListing;

/**
 * One entry of the Atom feed: one revision of an article or a quiz as it went live. A revision
 * published again (a new review of the same text) updates its entry rather than adding one.
 *
 * @param firstPublished when this revision first went live (Atom {@code published})
 * @param lastPublished  when it last went live (Atom {@code updated})
 * @param change         what readers are told changed, as the topic page's "What changed" list
 *                       says it (the first publication plainly, never an import or draft note);
 *                       null when that list leaves this revision out (an editorial change)
 * @param review         the approving review of this revision, or null when syndicated
 * @param syndication    the syndication label, or null when reviewed here
 */
record FeedEntry(
        long revisionId,
        String slug,
        String language,
        ContentType contentType,
        String title,
        String summary,
        ChangeKind changeKind,
        ClinicalChange change,
        Instant firstPublished,
        Instant lastPublished,
        MedicalReview review,
        Syndication syndication) {

    /** The page the entry links to: {@code /quizzes/{slug}} for a quiz, else {@code /topics/{slug}}. */
    String path() {
        return TopicListing.path(contentType, slug);
    }

    boolean clinical() {
        return changeKind == ChangeKind.CLINICAL;
    }
}
