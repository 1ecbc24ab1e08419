package org.salus.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salus.article.MedicalReview;
import org.salus.article.PublishedArticle;
import org.salus.article.PublishedArticles;
import org.salus.article.Question;
import org.salus.article.RelatedArticle;
import org.salus.article.RevisionDraft;
import org.salus.article.Section;
import org.salus.article.StoredRevisions;
import org.salus.article.TopicView;
import org.springframework.stereotype.Component;

/** Shows unpublished content exactly as the reader page would, for the editor's preview and revision pages. */
@Component
class DraftPreview {

    private final PublishedArticles articles;
    private final StoredRevisions revisions;

    DraftPreview(PublishedArticles articles, StoredRevisions revisions) {
        this.articles = articles;
        this.revisions = revisions;
    }

    /**
     * @param review the approving review when there is one; the page then shows its line, and
     *               otherwise says the text is not yet reviewed
     * @param questions a quiz's rendered questions (empty for other content)
     */
    TopicView of(
            ArticleIdentity identity,
            long revisionId,
            RevisionDraft draft,
            List<Section> sections,
            List<Question> questions,
            MedicalReview review,
            String baseUrl) {
        List<RelatedArticle> related = draft.relatedSlugs().stream()
                .map(articles::findPublished)
                .flatMap(Optional::stream)
                .map(a -> new RelatedArticle(a.articleId(), a.slug(), a.title(), a.summary()))
                .toList();
        PublishedArticle shown = new PublishedArticle(
                0,
                identity.slug(),
                identity.language(),
                identity.contentType(),
                revisionId,
                draft.title(),
                draft.summary(),
                draft.alsoCalled(),
                draft.codes(),
                sections,
                draft.sources(),
                related,
                review,
                null,
                null,
                "preview-" + revisionId,
                List.of(),
                questions,
                Map.of());
        return TopicView.preview(shown, baseUrl);
    }

    /**
     * Each question with whether its "Read more" link names a section readers can see now, so the
     * reviewer sees a broken link before publishing refuses it.
     */
    List<CheckedQuestion> check(List<Question> questions) {
        return questions.stream()
                .map(q -> new CheckedQuestion(q, revisions.hasLiveSection(q.supportSlug(), q.supportAnchor())))
                .toList();
    }
}
