package org.salus.article;

import java.util.List;
import java.util.Set;

import org.salus.web.PageContext;

/**
 * The model of {@code topic/index.jte}.
 *
 * @param letter  the letter chosen, or null for the whole index
 * @param query   the words the list was filtered by, or null
 */
public record TopicIndexPage(
        PageContext ctx, String letter, String query, Set<String> lettersWithEntries, List<TopicIndex.Group> groups) {

    public List<String> letters() {
        return TopicIndex.letters(ctx.lang());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
