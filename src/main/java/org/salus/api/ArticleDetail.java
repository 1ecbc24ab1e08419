package org.salus.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A published article with everything its page shows. Exactly one of {@code review} (for
 * {@code reviewStatus} "reviewed") and {@code syndication} ("syndicated") is set.
 * {@code translations}: the article in other languages (empty, never null, when it has none).
 */
public record ArticleDetail(
        String slug,
        String title,
        String summary,
        String language,
        String contentType,
        List<String> alsoCalled,
        String reviewStatus,
        Instant updatedAt,
        String url,
        List<CodeRef> codes,
        List<SectionBody> sections,
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

        List<ChangeNote> clinicalChanges,
        String questionsUrl,

        @Schema(description = "The same article in other languages, published; empty when none")
        List<TranslationRef> translations) {}
