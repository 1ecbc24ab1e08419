package org.salus.api;

import java.time.Instant;
import java.util.List;

/**
 * A published article with everything its page shows. Exactly one of {@code review} (for
 * {@code reviewStatus} "reviewed") and {@code syndication} ("syndicated") is set.
 */
public record ArticleDetail(String slug, String title, String summary, String language, String contentType,
        List<String> alsoCalled, String reviewStatus, Instant updatedAt, String url, List<CodeRef> codes,
        List<SectionBody> sections, List<SourceRef> sources, List<RelatedRef> related, ReviewRecord review,
        SyndicationRecord syndication, List<ChangeNote> clinicalChanges, String questionsUrl) {
}
