package org.salus.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
        List<Question> questions) {

    public PublishedArticle {
        questions = questions == null ? List.of() : List.copyOf(questions);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** The CDN keys of what a page of this article shows of articles: itself and its related articles. */
    public List<String> cdnKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(CdnKeys.article(articleId));
        related.forEach(r -> keys.add(CdnKeys.article(r.articleId())));
        return keys;
    }
}
