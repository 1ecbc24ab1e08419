package org.salus.cdn;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.salus.changes.Change;

/**
 * The one naming of CDN cache keys, used by the {@code Surrogate-Key}/{@code Cache-Tag} headers of
 * reader responses ({@link SurrogateKeys}) and by the purge queue ({@link PurgeQueue}): a response
 * names every key its body depends on, and a change purges the keys of what it altered.
 */
public final class CdnKeys {

    /** On every keyed response: purged after a restore, or when a change names every article. */
    public static final String ALL = "all";
    /** The Atom feeds. */
    public static final String FEEDS = "feeds";
    /** The sitemap index and files. */
    public static final String SITEMAPS = "sitemaps";
    /** The site's languages: a list key exists once per language. */
    public static final List<String> LANGUAGES = List.of("en", "es");

    private CdnKeys() {}

    public static String article(long id) {
        return "article-" + id;
    }

    public static String term(long id) {
        return "term-" + id;
    }

    public static String question(long id) {
        return "question-" + id;
    }

    /** The A–Z of topics in one language (and what lists articles by title: API lists, reviewer pages). */
    public static String topics(String language) {
        return "list-topics-" + language;
    }

    public static String dictionary(String language) {
        return "list-dictionary-" + language;
    }

    public static String quizzes(String language) {
        return "list-quizzes-" + language;
    }

    public static String home(String language) {
        return "home-" + language;
    }

    /**
     * The key of one reader page by its address, which nginx names on the static edition's files
     * (a file cannot know the ids its page shows): {@code /} is {@code page-index}, otherwise
     * {@code page} and the address with each {@code /} as {@code -} ({@code /topics/obesity} is
     * {@code page-topics-obesity}). No slash, space or comma, so every CDN's tags can hold it.
     */
    public static String page(String address) {
        return address.equals("/") ? "page-index" : "page" + address.replace('/', '-');
    }

    /** One key per language, e.g. both A–Z lists for an answer that lists articles of every language. */
    public static List<String> everyLanguage(Function<String, String> key) {
        return LANGUAGES.stream().map(key).toList();
    }

    /**
     * The keys a change purges, before what features add ({@link PurgeKeySource}). A change that
     * names every article (a reviewer's new name, terms re-linked in every page) or everything (a
     * restore) purges {@link #ALL}: the header has no key per topic page for "any article"
     * (re-linking names only the articles whose text it changed, unless they are too many). A
     * publication, retirement or review confirmation purges the articles it names and every list
     * that shows articles (A–Z, quizzes, home, feeds, sitemaps): the change does not say which
     * language or content type, and each list is one page. A story or question change alters only
     * the topic page and the API's questions; a term change its pages, the dictionary's A–Z and the
     * sitemaps. API keys purge nothing.
     */
    public static Set<String> toPurge(Change change) {
        Set<String> keys = new LinkedHashSet<>();
        if (change.everything() || change.allArticles()) {
            keys.add(ALL);
            return keys;
        }
        change.articles().stream().sorted().map(CdnKeys::article).forEach(keys::add);
        change.questions().stream().sorted().map(CdnKeys::question).forEach(keys::add);
        change.terms().stream().sorted().map(CdnKeys::term).forEach(keys::add);
        if (!change.articles().isEmpty() && !storiesOnly(change)) {
            keys.addAll(articleLists());
        }
        if (!change.terms().isEmpty()) {
            keys.addAll(everyLanguage(CdnKeys::dictionary));
            keys.add(SITEMAPS);
        }
        return keys;
    }

    /** Every list that shows articles: a publication or retirement may add, drop or retitle an entry. */
    public static Set<String> articleLists() {
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(everyLanguage(CdnKeys::topics));
        keys.addAll(everyLanguage(CdnKeys::quizzes));
        keys.addAll(everyLanguage(CdnKeys::home));
        keys.add(FEEDS);
        keys.add(SITEMAPS);
        return keys;
    }

    /**
     * Changes that alter the topic pages they name but no list: stories and questions, and
     * re-linked dictionary words (a list shows titles and summaries, which re-linking leaves alone).
     */
    private static boolean storiesOnly(Change change) {
        return change.kind() == Change.Kind.STORIES_CHANGED
                || change.kind() == Change.Kind.QUESTIONS_CHANGED
                || change.kind() == Change.Kind.ARTICLES_RELINKED;
    }
}
