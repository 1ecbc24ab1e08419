package org.salus.article;

import java.util.List;

/**
 * A revision ready to be inserted: the editor's draft with its sections (and a quiz's questions)
 * rendered, related slugs resolved to article ids, and a hash of the content that tells an
 * unchanged re-import apart.
 */
public record StoredRevision(
        RevisionDraft draft,
        List<Section> sections,
        List<Question> questions,
        List<Long> relatedArticleIds,
        String contentHash) {}
