package org.salus.home;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.salus.article.IndexEntry;

/**
 * Which quiz the home page features: the configured one ({@code salus.home.featured-quiz}) while it
 * is published, otherwise one of the published quizzes that changes every day. The choice depends
 * only on the day and the list of quizzes, so every node of a cluster features the same quiz on the
 * same day, and the home page's body (hence its ETag) changes when the day's quiz does.
 */
final class FeaturedQuiz {

    private FeaturedQuiz() {}

    /**
     * @param quizzes the published quizzes, in any order
     * @param configured the slug an operator chose, or {@code null}/blank for the daily rotation
     * @param day the day (UTC) the rotation is for
     */
    static Optional<IndexEntry> choose(List<IndexEntry> quizzes, String configured, LocalDate day) {
        if (configured != null && !configured.isBlank()) {
            String slug = configured.strip();
            Optional<IndexEntry> chosen =
                    quizzes.stream().filter(q -> q.slug().equals(slug)).findFirst();
            if (chosen.isPresent()) {
                return chosen;
            }
        }
        if (quizzes.isEmpty()) {
            return Optional.empty();
        }
        // By slug, not title: a stable order that every node agrees on.
        List<IndexEntry> bySlug =
                quizzes.stream().sorted(Comparator.comparing(IndexEntry::slug)).toList();
        return Optional.of(bySlug.get((int) Math.floorMod(day.toEpochDay(), (long) bySlug.size())));
    }
}
