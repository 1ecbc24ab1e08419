package org.salus.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import org.salus.changes.CachedContent;
import org.salus.changes.ContentCaches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which live articles' published text links to each term's page, read in one pass over the
 * published sections and kept until an article or a term changes. A term's page lists those
 * articles: asking the database per page ({@code body_html LIKE '%href="/dictionary/slug"%'})
 * read every published section for each of 20,000 terms, which made a whole static edition take
 * an hour (docs/static-edition.md).
 */
@Component
class TermLinkIndex {

    private static final Object KEY = new Object();

    private final JdbcClient jdbc;
    private final Cache<Object, Map<String, Set<Long>>> cache;

    TermLinkIndex(JdbcClient jdbc, ContentCaches caches) {
        this.jdbc = jdbc;
        this.cache = caches.get(CachedContent.TERM_LINKS);
    }

    /** The ids of the live articles whose published text links to {@code /dictionary/<slug>}. */
    Set<Long> articlesLinking(String slug) {
        return cache.get(KEY, k -> read()).getOrDefault(slug, Set.of());
    }

    private Map<String, Set<Long>> read() {
        Map<String, Set<Long>> bySlug = new HashMap<>();
        List<String> slugs = new ArrayList<>();
        jdbc.sql("""
                SELECT a.id, s.body_html FROM article a
                JOIN revision_section s ON s.revision_id = a.published_revision_id
                WHERE a.retired_at IS NULL""").query(rs -> {
            slugs.clear();
            TermPurgeKeys.linkedSlugs(rs.getString(2), slugs);
            long article = rs.getLong(1);
            slugs.forEach(
                    slug -> bySlug.computeIfAbsent(slug, s -> new TreeSet<>()).add(article));
        });
        return bySlug;
    }
}
