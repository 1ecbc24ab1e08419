package org.salus.article;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The read side of articles, the hot path of the site: published articles come from memory
 * after their first request and are dropped from it when anything is published, so a reader's
 * request never parses Markdown or queries more than once per publication.
 */
@Service
public class ArticleReader {

    private static final Object INDEX_KEY = new Object();

    private final ArticleRepository articles;
    private final Cache<String, PublishedArticle> published = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofHours(6)) // bounds staleness if another node published
            .build();
    private final Cache<Object, List<IndexEntry>> index = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(6))
            .build();

    ArticleReader(ArticleRepository articles) {
        this.articles = articles;
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
        return articles.isRetired(slug);
    }

    /** All published articles, each under its title and its other names, unsorted. */
    public List<IndexEntry> index() {
        return index.get(INDEX_KEY, key -> List.copyOf(articles.publishedIndex()));
    }

    /**
     * A publication can change any page (related teasers show other articles' titles), so it
     * clears everything; publications are rare next to reads.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onPublished(ArticlePublishedEvent event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRetired(ArticleRetiredEvent event) {
        clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRelinked(ArticlesRelinked event) {
        clear();
    }

    private void clear() {
        published.invalidateAll();
        index.invalidateAll();
    }
}
