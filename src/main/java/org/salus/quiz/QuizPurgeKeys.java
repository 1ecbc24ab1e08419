package org.salus.quiz;

import java.util.LinkedHashSet;
import java.util.Set;

import org.salus.article.ArticleReader;
import org.salus.article.ContentType;
import org.salus.article.PublishedArticle;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.PurgeKeySource;
import org.salus.changes.Change;
import org.springframework.stereotype.Component;

/**
 * A quiz's publication adds it to the quiz panel ({@link QuizPanels}) of each article it is about,
 * pages that did not name the quiz before: their keys are purged with the change's. (A page whose
 * panel showed the quiz named it, so a retirement needs nothing here.)
 */
@Component
class QuizPurgeKeys implements PurgeKeySource {

    private final ArticleReader reader;

    QuizPurgeKeys(ArticleReader reader) {
        this.reader = reader;
    }

    @Override
    public Set<String> keysFor(Change change) {
        Set<String> keys = new LinkedHashSet<>();
        for (String slug : change.slugs()) {
            reader.published(slug)
                    .filter(article -> article.contentType() == ContentType.QUIZ)
                    .ifPresent(quiz -> addAbout(quiz, keys));
        }
        return keys;
    }

    private static void addAbout(PublishedArticle quiz, Set<String> keys) {
        quiz.related().forEach(article -> keys.add(CdnKeys.article(article.articleId())));
    }
}
