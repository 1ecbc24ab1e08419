package org.salus.changes;

import java.util.function.Predicate;

/**
 * Every cache of content on a node, with the rule that drops its entries when the change log
 * says something changed. Caches are made only through {@link ContentCaches}, so none can be
 * added without a rule; every rule also drops everything after a restore.
 */
public enum CachedContent {

    /** Published articles by current slug: each slug a change names. */
    PUBLISHED_ARTICLES(20_000, Rule.SLUGS),
    /** The A–Z list of every published article and its other names: any article change. */
    ARTICLE_INDEX(1, Rule.ANY_ARTICLE),
    /** Rendered topic-page models, keyed by the article's content version: a new version is a new key. */
    TOPIC_VIEWS(20_000, Rule.VERSIONED),
    /** Published translations by article id: each article a change names (their titles show). */
    TRANSLATIONS(20_000, Rule.ARTICLE_IDS),
    /**
     * Whether a translation is behind its original, by the translation's article id: each article a
     * change names (an original's publication names its translations).
     */
    TRANSLATION_FRESHNESS(20_000, Rule.ARTICLE_IDS),
    /** "Patient comments" panels by article id: each article a story or question change names. */
    STORY_PANELS(20_000, Rule.ARTICLE_IDS),
    /** API article payloads, keyed by content version and base address. */
    API_ARTICLES(20_000, Rule.VERSIONED),
    /** Pages of the API's article list: any article change (a title, a count, an order). */
    API_ARTICLE_LISTS(2_000, Rule.ANY_ARTICLE),
    /** Atom feeds: any article change. */
    FEEDS(64, Rule.ANY_ARTICLE),
    /** Sitemap files: any article or term change. */
    SITEMAPS(1_000, Rule.ANY_ARTICLE_OR_TERM),
    /** Infobutton answers by codes and language: any article change. */
    INFOBUTTON_ANSWERS(20_000, Rule.ANY_ARTICLE),
    /** Live dictionary terms: any term change. */
    LIVE_TERMS(1, Rule.ANY_TERM),
    /** Which articles' published text links to each term's page: any article or term change (a re-link). */
    TERM_LINKS(1, Rule.ANY_ARTICLE_OR_TERM),
    /** API key checks by token hash: any key issued or revoked. */
    API_KEY_CHECKS(10_000, Rule.ANY_API_KEY);

    private final long maximumSize;
    private final Rule rule;

    CachedContent(long maximumSize, Rule rule) {
        this.maximumSize = maximumSize;
        this.rule = rule;
    }

    long maximumSize() {
        return maximumSize;
    }

    Rule rule() {
        return rule;
    }

    /** How a cache's entries are dropped. */
    enum Rule {
        /** The keys are slugs: drop the slugs the change names, or all when it names every article. */
        SLUGS(Change::touchesArticles),
        /** The keys are article ids: drop the ids the change names, or all when it names every article. */
        ARTICLE_IDS(Change::touchesArticles),
        /** Drop everything when the change names any article. */
        ANY_ARTICLE(Change::touchesArticles),
        ANY_ARTICLE_OR_TERM(change -> change.touchesArticles() || change.touchesTerms()),
        ANY_TERM(Change::touchesTerms),
        ANY_API_KEY(Change::touchesApiKeys),
        /** Keyed by content version: only a restore drops them; old versions age out by size. */
        VERSIONED(Change::everything);

        private final Predicate<Change> affectedBy;

        Rule(Predicate<Change> affectedBy) {
            this.affectedBy = affectedBy;
        }

        boolean affectedBy(Change change) {
            return affectedBy.test(change);
        }
    }
}
