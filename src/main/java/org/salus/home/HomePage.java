package org.salus.home;

import java.util.List;
import java.util.Set;

import org.salus.article.PublishedArticle;
import org.salus.article.TopicIndex;
import org.salus.web.PageContext;

/**
 * The model of {@code home/home.jte}: featured topics, the featured quiz ({@code null} when no quiz
 * is published) and the A–Z links.
 */
public record HomePage(PageContext ctx, List<Featured> featured, Quiz quiz, Set<String> lettersWithEntries) {

    /** A featured topic with its teaser. */
    public record Featured(String slug, String title, String teaser) {

        static Featured of(PublishedArticle article, String teaser) {
            return new Featured(article.slug(), article.title(), teaser);
        }
    }

    /** The featured quiz with its teaser. */
    public record Quiz(String slug, String title, String teaser) {}

    public List<String> letters() {
        return TopicIndex.letters(ctx.lang());
    }
}
