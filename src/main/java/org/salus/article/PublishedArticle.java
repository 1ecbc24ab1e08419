package org.salus.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salus.cdn.CdnKeys;

/**
 * What readers see of an article: its published revision with everything the topic page shows,
 * read in one go and cached until the next publication.
 *
 * @param revisionId   the published revision
 * @param version      changes whenever anything on this list changes (own or related revisions)
 * @param review       the approving medical review; null for syndicated content
 * @param syndication  set when the revision was published as syndicated content (then
 *                     {@code review} is null); null otherwise
 * @param changes      the public "What changed" list of clinical changes, newest first
 * @param questions    a quiz's questions; empty for every other content type
 * @param sectionReviews the newest date a reviewer confirmed each section of this revision on its
 *                     own, by section anchor (empty when no section was confirmed alone)
 */
public record PublishedArticle(
        long articleId,
        String slug,
        String language,
        ContentType contentType,
        long revisionId,
        String title,
        String summary,
        List<String> alsoCalled,
        List<Code> codes,
        List<Section> sections,
        List<Source> sources,
        List<RelatedArticle> related,
        MedicalReview review,
        Syndication syndication,
        Instant publishedAt,
        String version,
        List<ClinicalChange> changes,
        List<Question> questions,
        Map<String, LocalDate> sectionReviews) {

    public PublishedArticle {
        sectionReviews = sectionReviews == null ? Map.of() : Map.copyOf(sectionReviews);
        questions = questions == null ? List.of() : List.copyOf(questions);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /**
     * The date {@code section} was last reviewed on its own, when that is later than the page's
     * review date; empty otherwise (a later review of the whole page covers the section too).
     */
    public Optional<LocalDate> sectionReviewedOn(Section section) {
        LocalDate own = sectionReviews.get(section.anchor());
        if (own == null || (review != null && !own.isAfter(review.reviewedOn()))) {
            return Optional.empty();
        }
        return Optional.of(own);
    }

    /** The CDN keys of what a page of this article shows of articles: itself and its related articles. */
    public List<String> cdnKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(CdnKeys.article(articleId));
        related.forEach(r -> keys.add(CdnKeys.article(r.articleId())));
        return keys;
    }
}
