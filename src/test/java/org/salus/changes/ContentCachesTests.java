package org.salus.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;

/** Each cache loses exactly what its rule says a change makes stale. */
class ContentCachesTests {

    final ContentCaches caches = new ContentCaches();
    final Cache<String, String> pages = caches.get(CachedContent.PUBLISHED_ARTICLES);
    final Cache<Long, String> panels = caches.get(CachedContent.STORY_PANELS);
    final Cache<String, String> feeds = caches.get(CachedContent.FEEDS);
    final Cache<String, String> sitemaps = caches.get(CachedContent.SITEMAPS);
    final Cache<String, String> views = caches.get(CachedContent.TOPIC_VIEWS);
    final Cache<String, String> keys = caches.get(CachedContent.API_KEY_CHECKS);

    ContentCachesTests() {
        pages.put("obesity", "page");
        pages.put("asthma", "page");
        panels.put(1L, "panel");
        panels.put(2L, "panel");
        feeds.put("/feed.atom", "feed");
        sitemaps.put("index", "xml");
        views.put("v1", "view");
        keys.put("hash", "key");
    }

    @Test
    void aPublicationDropsTheArticlesItNamesAndEveryListButNotVersionedEntries() {
        caches.onChanges(
                List.of(Change.of(Change.Kind.ARTICLE_PUBLISHED)
                        .article(1, "obesity")
                        .at(7)),
                7);

        assertThat(pages.asMap()).containsOnlyKeys("asthma");
        assertThat(panels.asMap()).containsOnlyKeys(2L);
        assertThat(feeds.asMap()).isEmpty();
        assertThat(sitemaps.asMap()).isEmpty();
        assertThat(views.asMap()).containsOnlyKeys("v1");
        assertThat(keys.asMap()).containsOnlyKeys("hash");
    }

    @Test
    void aTermChangeDropsSitemapsOnlyAndAKeyChangeDropsKeyChecksOnly() {
        caches.onChanges(List.of(Change.of(Change.Kind.TERMS_CHANGED).term(5).at(8)), 8);
        assertThat(sitemaps.asMap()).isEmpty();
        assertThat(pages.asMap()).hasSize(2);
        assertThat(feeds.asMap()).hasSize(1);
        assertThat(keys.asMap()).hasSize(1);

        caches.onChanges(
                List.of(Change.of(Change.Kind.API_KEY_REVOKED).apiKey(3).at(9)), 9);
        assertThat(keys.asMap()).isEmpty();
        assertThat(pages.asMap()).hasSize(2);
    }

    @Test
    void aChangeToEveryArticleDropsEveryPageAndARestoreDropsEverything() {
        caches.onChanges(
                List.of(Change.of(Change.Kind.REVIEWER_PROFILE_CHANGED)
                        .allArticles()
                        .at(10)),
                10);
        assertThat(pages.asMap()).isEmpty();
        assertThat(panels.asMap()).isEmpty();
        assertThat(views.asMap()).hasSize(1);

        caches.onChanges(List.of(Change.of(Change.Kind.RESTORED).everything().at(11)), 11);
        assertThat(views.asMap()).isEmpty();
        assertThat(keys.asMap()).isEmpty();
    }
}
