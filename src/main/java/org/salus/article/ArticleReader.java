package org.salus.article;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.salus.changes.CachedContent;
import org.salus.changes.ContentCaches;
import org.springframework.stereotype.Service;

/**
 * The read side of articles, the hot path of the site: published articles come from memory
 * after their first request and are dropped from it when the change log names them (on every
 * node), so a reader's request never parses Markdown or queries more than once per publication.
 */
@Service
public class ArticleReader {

    private static final Object INDEX_KEY = new Object();

    private final PublishedArticles articles;
    private final StoredRevisions revisions;
    private final Cache<String, PublishedArticle> published;
    private final Cache<Object, List<IndexEntry>> index;

    ArticleReader(PublishedArticles articles, StoredRevisions revisions, ContentCaches caches) {
        this.articles = articles;
        this.revisions = revisions;
        this.published = caches.get(CachedContent.PUBLISHED_ARTICLES);
        this.index = caches.get(CachedContent.ARTICLE_INDEX);
    }

    public Optional<PublishedArticle> published(String slug) {
        PublishedArticle cached = published.getIfPresent(slug);
        if (cached != null) {
            return Optional.of(cached);
        }
        // Unknown slugs are not cached, so random addresses cannot fill the cache.
        Optional<PublishedArticle> found = articles.findPublished(slug);
        found.ifPresent(article -> published.put(slug, article));
        return found;
    }

    /** The current slug for a slug the article was published under before it was renamed. */
    public Optional<String> currentSlugFor(String formerSlug) {
        return articles.findSlugByAlias(formerSlug);
    }

    /** Whether the article with this slug was retired (410 Gone rather than 404). */
    public boolean isRetired(String slug) {
        return revisions.isRetired(slug);
    }

    /** The language of the retired article with this slug (its 410 page speaks it); empty when none was retired. */
    public Optional<String> retiredLanguage(String slug) {
        return revisions.retiredLanguage(slug);
    }

    /** All published articles, each under its title and its other names, unsorted. */
    public List<IndexEntry> index() {
        return index.get(INDEX_KEY, key -> List.copyOf(articles.publishedIndex()));
    }

    /** The health topics of {@link #index()}: every published article but quizzes ({@link TopicListing}). */
    public List<IndexEntry> topicIndex() {
        return index().stream()
                .filter(entry -> TopicListing.lists(entry.contentType()))
                .toList();
    }

    /** The health topics of {@link #topicIndex()} in one language (ISO 639-1): each A–Z lists its own. */
    public List<IndexEntry> topicIndex(String language) {
        return topicIndex().stream()
                .filter(entry -> language.equals(entry.language()))
                .toList();
    }

    /** The quizzes of {@link #quizIndex()} in one language (ISO 639-1). */
    public List<IndexEntry> quizIndex(String language) {
        return quizIndex().stream()
                .filter(entry -> language.equals(entry.language()))
                .toList();
    }

    /**
     * The published quizzes of {@link #index()}, by title (case-insensitive), each once: under its
     * title, not its other names. From the cached index, so no query per request.
     */
    public List<IndexEntry> quizIndex() {
        return index().stream()
                .filter(entry -> entry.contentType() == ContentType.QUIZ && !entry.alternateName())
                .sorted(Comparator.comparing(IndexEntry::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
