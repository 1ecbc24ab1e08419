package org.salus.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The accounts that wrote the text of a revision, for the four-eyes rule: nobody approves or
 * confirms text they wrote. The last saver is not the only author: everyone who saved a revision
 * of the article since the newest approved revision before it wrote part of the text, and a
 * restored draft also carries the authors of the revision it was restored from (counted the same
 * way, back to the approval before that one).
 */
@Component
class TextAuthors {

    /** One revision's writer (null for an import) and the revision it was restored from, if any. */
    record Contribution(Long authorId, Long restoredFrom) {}

    private final RevisionWorkflowRepository workflow;

    TextAuthors(RevisionWorkflowRepository workflow) {
        this.workflow = workflow;
    }

    /** The ids of the accounts that wrote text in {@code revisionId}; imports add nobody. */
    Set<Long> of(long revisionId) {
        Set<Long> authors = new HashSet<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>();
        pending.push(revisionId);
        while (!pending.isEmpty()) {
            long revision = pending.pop();
            if (!seen.add(revision)) {
                continue;
            }
            for (Contribution c : workflow.contributionsSinceLastApproval(revision)) {
                if (c.authorId() != null) {
                    authors.add(c.authorId());
                }
                if (c.restoredFrom() != null) {
                    pending.push(c.restoredFrom());
                }
            }
        }
        return authors;
    }
}
