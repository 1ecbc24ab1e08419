package org.salus.review;

import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Entities;
import org.salus.article.ArticleRow;
import org.salus.article.Question;
import org.salus.article.Section;
import org.salus.article.StoredRevisions;
import org.springframework.stereotype.Service;

/**
 * The revision page's check of a translation against its original ({@link TranslationInvariants}):
 * the text readers read in the revision (summary, sections and a quiz's questions) against the same
 * text of the original's published revision.
 */
@Service
class TranslationChecker {

    private final StoredRevisions articles;

    TranslationChecker(StoredRevisions articles) {
        this.articles = articles;
    }

    /**
     * What differs from the original, for a revision of a translation whose original is published;
     * empty for an article that translates nothing (or whose original is not published yet).
     */
    Optional<EditorPages.TranslationCheck> check(
            ArticleRow article, String summary, List<Section> sections, List<Question> questions) {
        return articles.originalOf(article.id())
                .filter(original -> original.publishedRevisionId() != null)
                .map(original -> new EditorPages.TranslationCheck(
                        original.slug(),
                        TranslationInvariants.compare(
                                originalText(original.publishedRevisionId()), text(summary, sections, questions))));
    }

    private String originalText(long revisionId) {
        return text(
                articles.loadDraft(revisionId).orElseThrow().summary(),
                articles.sectionsOfRevision(revisionId),
                articles.questionsOfRevision(revisionId));
    }

    private static String text(String summary, List<Section> sections, List<Question> questions) {
        return TranslationInvariants.textOfHtml(
                "<p>" + Entities.escape(summary) + "</p>\n" + ReaderText.html(sections, questions));
    }
}
