package org.salus.browse;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.salus.article.ArticleReader;
import org.salus.article.IndexEntry;
import org.salus.article.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The groups readers can browse, in one language: every group name that an article readers can
 * see is filed under, whether by its source (MedlinePlus, {@code article_group}) or by the site
 * ({@code article_site_group}). A group is known by the slug of its name, so "Endocrine System"
 * from MedlinePlus and from a content file are one group. Which articles readers may see comes
 * from the cached A–Z index ({@link ArticleReader#index()}), so visibility is the article
 * package's rule, never repeated here.
 */
@Component
public class BrowseGroups {

    private final JdbcClient jdbc;
    private final ArticleReader reader;

    BrowseGroups(JdbcClient jdbc, ArticleReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    /** A group and the articles filed under it, by title as readers of its language sort them. */
    public record Group(String slug, String name, List<IndexEntry> articles) {}

    /** Every group of a language (ISO 639-1) that has an article readers can see, by name. */
    public List<Group> groups(String language) {
        Map<String, IndexEntry> visible = new LinkedHashMap<>();
        for (IndexEntry entry : reader.index()) {
            if (!entry.alternateName() && entry.language().equals(language)) {
                visible.put(entry.slug(), entry);
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<IndexEntry>> members = new LinkedHashMap<>();
        for (Filed filed : filed(language)) {
            IndexEntry article = visible.get(filed.articleSlug());
            String slug = Slugs.of(filed.group());
            if (article == null || slug.isEmpty()) {
                continue;
            }
            names.putIfAbsent(slug, filed.group());
            members.computeIfAbsent(slug, k -> new LinkedHashSet<>()).add(article);
        }
        Collator collator = collator(language);
        List<Group> groups = new ArrayList<>();
        members.forEach((slug, articles) -> groups.add(new Group(
                slug,
                names.get(slug),
                articles.stream()
                        .sorted(Comparator.comparing(IndexEntry::title, collator))
                        .toList())));
        groups.sort(Comparator.comparing(Group::name, collator));
        return groups;
    }

    /** One group of a language, if it has an article readers can see. */
    public Optional<Group> group(String language, String slug) {
        return groups(language).stream().filter(g -> g.slug().equals(slug)).findFirst();
    }

    private static Collator collator(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        collator.setStrength(Collator.PRIMARY);
        return collator;
    }

    /** An article filed under a group name. */
    private record Filed(String articleSlug, String group) {}

    private List<Filed> filed(String language) {
        return jdbc.sql("""
                SELECT a.slug, g.name, 0 AS site, g.ordinal FROM article_group g JOIN article a ON a.id = g.article_id
                WHERE a.language = :l
                UNION ALL
                SELECT a.slug, s.name, 1 AS site, s.ordinal FROM article_site_group s JOIN article a ON a.id = s.article_id
                WHERE a.language = :l
                ORDER BY 3, 1, 4""")
                .param("l", language)
                .query((rs, n) -> new Filed(rs.getString(1), rs.getString(2)))
                .list();
    }
}
