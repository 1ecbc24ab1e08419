package org.salus.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a feature calls the things its audit entries point at: the audit log stores ids, a person
 * reads titles, links and revision numbers. Features that record entries implement it (articles,
 * dictionary terms); the audit page asks every implementation.
 */
public interface AuditSubjects {

    /** The subjects of those entries this feature knows, by entry id; the others are left out. */
    Map<Long, AuditSubject> describe(List<AuditEntry> entries);

    /** The article a person named by its address (slug), when this feature keeps articles. */
    default Optional<Long> articleId(String slug) {
        return Optional.empty();
    }
}
