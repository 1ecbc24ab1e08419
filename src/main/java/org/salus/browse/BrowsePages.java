package org.salus.browse;

import java.util.List;
import java.util.Set;

import org.salus.article.IndexEntry;
import org.salus.article.SiteChange;
import org.salus.article.TopicIndex;
import org.salus.web.PageContext;
import org.salus.web.Paging;

/** Models of the browse pages. */
public final class BrowsePages {

    private BrowsePages() {}

    /** {@code browse/groups.jte}: every group of the page's language with how many articles it has. */
    public record Groups(PageContext ctx, List<BrowseGroups.Group> groups) {}

    /**
     * {@code browse/group.jte}: one group's articles, a page of them.
     *
     * @param titlesShared titles more than one of the group's articles has: those show their source
     */
    public record Group(
            PageContext ctx, BrowseGroups.Group group, Paging<IndexEntry> paging, Set<String> titlesShared) {

        public String base() {
            return ctx.sitePath("/groups") + "/" + group.slug();
        }

        /** The source to show beside an article: only when its title is shared, else null. */
        public String sourceOf(IndexEntry entry) {
            if (!TopicIndex.sharesTitle(entry, titlesShared)) {
                return null;
            }
            return entry.source() == null ? ctx.site().name() : entry.source();
        }
    }

    /** {@code browse/changes.jte}: a page of the site's recent clinical changes, newest first. */
    public record Changes(PageContext ctx, Paging<SiteChange> paging) {

        public String base() {
            return ctx.sitePath("/changes");
        }

        /** The Atom feed of the same publications, in the page's language. */
        public String feed() {
            return "es".equals(ctx.lang()) ? "/feed.atom?lang=es" : "/feed.atom";
        }
    }
}
