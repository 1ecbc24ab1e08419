package org.salus.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.salus.web.PageContext;
import org.salus.web.Paging;

/**
 * The model of {@code topic/index.jte}.
 *
 * @param letter  the letter chosen, or null for the whole index
 * @param query   the words the list was filtered by, or null
 * @param groups  this page's entries under their letters
 * @param paging  which page of the whole (filtered) list this is
 * @param titlesShared titles more than one article has ({@link TopicIndex#titlesShared})
 */
public record TopicIndexPage(
        PageContext ctx,
        String letter,
        String query,
        Set<String> lettersWithEntries,
        List<TopicIndex.Group> groups,
        Paging<IndexEntry> paging,
        Set<String> titlesShared) {

    /** The address of this list without a page number: the A–Z, one letter of it, or a search of it. */
    public String base() {
        String base = ctx.sitePath("/topics");
        if (letter != null) {
            return base + "?letter=" + letter;
        }
        if (query != null) {
            return base + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        }
        return base;
    }

    /** The source to show beside an entry: only when its title is shared, else null. */
    public String sourceOf(IndexEntry entry) {
        if (!TopicIndex.sharesTitle(entry, titlesShared)) {
            return null;
        }
        return entry.source() == null ? ctx.site().name() : entry.source();
    }

    public List<String> letters() {
        return TopicIndex.letters(ctx.lang());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
