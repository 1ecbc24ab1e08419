package org.salus.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.salus.article.ArticleReader;
import org.salus.article.ContentType;
import org.salus.article.IndexEntry;
import org.salus.article.PublishedArticle;
import org.salus.article.RelatedArticle;
import org.salus.article.TopicPanel;
import org.salus.article.TopicPanelProvider;
import org.salus.cdn.CdnKeys;

/**
 * The "Quiz" panel of a topic page: "Test your cholesterol IQ" for every published quiz that names
 * the article under {@code related}. Reads only cached published articles, so it adds no query to
 * a reader's request once the quizzes are cached.
 */
@org.springframework.stereotype.Component
class QuizPanels implements TopicPanelProvider {

    private final ArticleReader reader;

    QuizPanels(ArticleReader reader) {
        this.reader = reader;
    }

    @Override
    public Optional<TopicPanel> panelFor(PublishedArticle article) {
        if (article.contentType() == ContentType.QUIZ) {
            return Optional.empty();
        }
        List<TopicPanel.Item> items = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        StringBuilder version = new StringBuilder();
        for (IndexEntry entry : reader.quizIndex()) {
            Optional<PublishedArticle> quiz = reader.published(entry.slug());
            if (quiz.isPresent() && isAbout(quiz.get(), article)) {
                items.add(new TopicPanel.Item(
                        "/quizzes/" + quiz.get().slug(),
                        quiz.get().title(),
                        quiz.get().summary(),
                        0,
                        null));
                version.append(quiz.get().version()).append(';');
                keys.add(CdnKeys.article(quiz.get().articleId()));
            }
        }
        return items.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new TopicPanel("quiz", "quiz.panel.heading", null, null, items, version.toString(), keys));
    }

    private static boolean isAbout(PublishedArticle quiz, PublishedArticle article) {
        return quiz.related().stream().map(RelatedArticle::slug).anyMatch(article.slug()::equals);
    }
}
