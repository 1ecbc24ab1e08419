package org.salus.edition;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.salus.article.ArticleReader;
import org.salus.article.IndexEntry;
import org.salus.article.ReviewerProfile;
import org.salus.article.ReviewerProfileRepository;
import org.salus.article.StoredRevisions;
import org.salus.article.TopicListing;
import org.salus.browse.BrowseGroups;
import org.salus.dictionary.LiveTerms;
import org.salus.dictionary.Term;
import org.springframework.stereotype.Component;

/**
 * Which addresses are files, read from the app's own cached listings: every published article and
 * quiz in either language (the A–Z index {@link ArticleReader#index()}) and every live dictionary
 * term ({@link LiveTerms}), every browse group ({@link BrowseGroups}) and every reviewer's profile
 * in both languages ({@link ReviewerProfileRepository}). The fixed pages are {@link Addresses#fixed()}; the sitemap files are
 * whatever the sitemap index lists.
 */
@Component
class PageSet {

    private final ArticleReader articles;
    private final StoredRevisions stored;
    private final LiveTerms terms;
    private final BrowseGroups groups;
    private final ReviewerProfileRepository reviewers;

    PageSet(
            ArticleReader articles,
            StoredRevisions stored,
            LiveTerms terms,
            BrowseGroups groups,
            ReviewerProfileRepository reviewers) {
        this.articles = articles;
        this.stored = stored;
        this.terms = terms;
        this.groups = groups;
        this.reviewers = reviewers;
    }

    /** Every reviewer's profile page in both languages ({@code /reviewers/x}, {@code /es/reviewers/x}). */
    Set<String> reviewerPages() {
        Set<String> pages = new LinkedHashSet<>();
        for (ReviewerProfile reviewer : reviewers.all()) {
            for (String prefix : Addresses.REVIEWER_PREFIXES) {
                pages.add(prefix + reviewer.slug());
            }
        }
        return pages;
    }

    /** The page of every group readers can browse, in both languages ({@code /groups/x}, {@code /es/groups/y}). */
    Set<String> groupPages() {
        Set<String> pages = new LinkedHashSet<>();
        for (BrowseGroups.Group group : groups.groups("en")) {
            pages.add(Addresses.GROUP_PREFIXES.get(0) + group.slug());
        }
        for (BrowseGroups.Group group : groups.groups("es")) {
            pages.add(Addresses.GROUP_PREFIXES.get(1) + group.slug());
        }
        return pages;
    }

    /** The page of every article readers can see ({@code /topics/x}, {@code /quizzes/y}). */
    Set<String> articlePages() {
        Set<String> pages = new LinkedHashSet<>();
        for (IndexEntry entry : articles.index()) {
            if (!entry.alternateName()) {
                pages.add(TopicListing.path(entry.contentType(), entry.slug()));
            }
        }
        return pages;
    }

    /** The page of every live term. */
    Set<String> termPages() {
        Set<String> pages = new LinkedHashSet<>();
        for (Term term : terms.bySlug()) {
            pages.add(Addresses.TERM_PREFIX + term.slug());
        }
        return pages;
    }

    /** The current address of each of these articles, published, retired or neither. */
    Set<String> articlePages(Collection<Long> ids) {
        Set<String> pages = new LinkedHashSet<>();
        stored.findByIds(ids).forEach(row -> pages.add(TopicListing.path(row.contentType(), row.slug())));
        return pages;
    }

    /**
     * The pages of live terms an editor related one of these articles to: they list the article
     * (its title, or not at all once it is retired) without linking to it from their text.
     */
    Set<String> termPagesListing(Collection<Long> articleIds) {
        Set<String> slugs = new LinkedHashSet<>();
        stored.findByIds(articleIds).forEach(row -> slugs.add(row.slug()));
        Set<String> pages = new LinkedHashSet<>();
        terms.relatedTo(slugs).forEach(slug -> pages.add(Addresses.TERM_PREFIX + slug));
        return pages;
    }

    /** The page of each of these terms that is live (a retired term's page is then removed). */
    Set<String> termPages(Collection<Long> ids) {
        Set<String> pages = new LinkedHashSet<>();
        for (Term term : terms.bySlug()) {
            if (ids.contains(term.id())) {
                pages.add(Addresses.TERM_PREFIX + term.slug());
            }
        }
        return pages;
    }
}
