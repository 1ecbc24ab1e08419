package org.salus.infobutton;

import java.time.Instant;

/**
 * A published article that answers a knowledge request, and why: the code it matched (as the
 * article carries it) for which requested criterion, and how many levels the requested code had
 * to roll up (0 for an exact match).
 */
record KnowledgeMatch(
        String slug,
        String language,
        String title,
        String summary,
        Instant updated,
        String matchedCode,
        String matchedDisplay,
        String codeSystemOid,
        String requestedCode,
        int rollUp) {

    boolean exact() {
        return rollUp == 0;
    }
}
