package org.salus.browse;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.salus.article.PublishedArticles;
import org.salus.article.Slugs;
import org.salus.article.TopicIndex;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.web.HttpCaching;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.salus.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The browse pages, each in English and at its {@code /es} twin: {@code /groups},
 * {@code /groups/{slug}} and {@code /changes}. Page 1 of each is the same for every reader and
 * is a file of the static edition; further pages ({@code ?page=2}) stay dynamic.
 */
@Controller
class BrowseController {

    /** Articles per group page: each shows its summary (up to 1,000 characters). */
    static final int GROUP_PAGE_SIZE = 50;

    /** Lines per page of recent changes: each is a date, a title and a short note. */
    static final int CHANGES_PAGE_SIZE = 50;

    private final BrowseGroups groups;
    private final PublishedArticles published;

    BrowseController(BrowseGroups groups, PublishedArticles published) {
        this.groups = groups;
        this.published = published;
    }

    @GetMapping({"/groups", "/es/groups"})
    String groups(PageContext requested, Model model, HttpServletResponse response) {
        PageContext ctx = context(requested, "/groups", response);
        model.addAttribute("page", new BrowsePages.Groups(ctx, groups.groups(ctx.lang())));
        return "browse/groups";
    }

    @GetMapping({"/groups/{slug}", "/es/groups/{slug}"})
    String group(
            @PathVariable String slug,
            @RequestParam(required = false) String page,
            PageContext requested,
            Model model,
            HttpServletResponse response) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("group");
        }
        String language = requested.lang();
        BrowseGroups.Group group = groups.group(language, slug).orElseThrow(() -> new NotFoundException("group"));
        // Groups have names of their own in each language, so the switch goes to the other list.
        String other = requested.otherLanguage();
        PageContext ctx = context(requested, "/groups", response)
                .withTranslation(other, "es".equals(other) ? "/es/groups" : "/groups");
        model.addAttribute(
                "page",
                new BrowsePages.Group(
                        ctx,
                        group,
                        Paging.of(group.articles(), page, GROUP_PAGE_SIZE),
                        TopicIndex.titlesShared(group.articles())));
        return "browse/group";
    }

    @GetMapping({"/changes", "/es/changes"})
    String changes(
            @RequestParam(required = false) String page,
            PageContext requested,
            Model model,
            HttpServletResponse response) {
        PageContext ctx = context(requested, "/changes", response);
        model.addAttribute(
                "page",
                new BrowsePages.Changes(ctx, Paging.of(published.recentChanges(ctx.lang()), page, CHANGES_PAGE_SIZE)));
        return "browse/changes";
    }

    /**
     * The page's context: its language from the address, the switch to its twin, public caching,
     * and the CDN key of the language's topic lists (every article change purges it).
     */
    private static PageContext context(PageContext requested, String englishPath, HttpServletResponse response) {
        HttpCaching.cachePublicly(response);
        SurrogateKeys.tag(List.of(CdnKeys.topics(requested.lang())));
        return requested.withTwin(englishPath);
    }
}
