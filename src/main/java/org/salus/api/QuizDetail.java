package org.salus.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A published quiz with everything its page shows, answers included: the introduction (sections),
 * the questions with their options, right answers, explanations and "Read more" links, the articles
 * it belongs to ({@code related}), its sources and its medical review. Exactly one of
 * {@code review} and {@code syndication} is set, as for articles. {@code translations}: the quiz in
 * other languages (empty, never null, when it has none).
 */
public record QuizDetail(
        String slug,
        String title,
        String summary,
        String language,
        String reviewStatus,
        Instant updatedAt,

        @Schema(description = "The quiz page readers take the quiz on")
        String url,

        List<SectionBody> introduction,
        List<QuizQuestion> questions,
        List<SourceRef> sources,
        List<RelatedRef> related,

        @Schema(
                types = {"object", "null"},
                description = "Null for syndicated text")
        ReviewRecord review,

        @Schema(
                types = {"object", "null"},
                description = "Null for text reviewed here")
        SyndicationRecord syndication,

        @Schema(description = "The same quiz in other languages, published; empty when none")
        List<TranslationRef> translations) {}
