package org.salus.changes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the node's content caches and drops their entries as the change log rules
 * ({@link CachedContent}). Entries never expire by time: the log says when they are stale, on
 * every node, within a second.
 */
@Component
@Order(0)
public class ContentCaches implements ChangeListener {

    private final Map<CachedContent, Cache<?, ?>> caches = new EnumMap<>(CachedContent.class);

    /** The one cache of this kind on this node (made on first use). */
    @SuppressWarnings("unchecked")
    public synchronized <K, V> Cache<K, V> get(CachedContent which) {
        return (Cache<K, V>) caches.computeIfAbsent(
                which, w -> Caffeine.newBuilder().maximumSize(w.maximumSize()).build());
    }

    @Override
    public synchronized void onChanges(List<Change> changes, long through) {
        for (Change change : changes) {
            caches.forEach((which, cache) -> drop(which, cache, change));
        }
    }

    @SuppressWarnings("unchecked")
    private static void drop(CachedContent which, Cache<?, ?> any, Change change) {
        Cache<Object, ?> cache = (Cache<Object, ?>) any;
        if (!which.rule().affectedBy(change)) {
            return;
        }
        boolean all = change.everything() || change.allArticles();
        switch (which.rule()) {
            case SLUGS -> {
                if (all) {
                    cache.invalidateAll();
                } else {
                    cache.invalidateAll(change.slugs());
                }
            }
            case ARTICLE_IDS -> {
                if (all) {
                    cache.invalidateAll();
                } else {
                    cache.invalidateAll(change.articles());
                }
            }
            default -> cache.invalidateAll();
        }
    }
}
