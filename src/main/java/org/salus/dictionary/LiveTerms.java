package org.salus.dictionary;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.salus.changes.CachedContent;
import org.salus.changes.ContentCaches;
import org.springframework.stereotype.Component;

/**
 * Every live dictionary term in slug order, for listings outside this package (the JSON content
 * API). Read once and kept until a term changes; the expiry bounds staleness when another app
 * node changed a term.
 */
@Component
public class LiveTerms {

    private static final Object KEY = new Object();

    private final TermRepository terms;
    private final Cache<Object, List<Term>> cache;

    LiveTerms(TermRepository terms, ContentCaches caches) {
        this.terms = terms;
        this.cache = caches.get(CachedContent.LIVE_TERMS);
    }

    /** The live term with this slug, from the cache. */
    public Optional<Term> find(String slug) {
        return bySlug().stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /**
     * The live terms in other languages that mean the same as {@code term} (its English original,
     * or its translations), by language: from the cache, so a reader's request costs no query.
     */
    public List<Term> translationsOf(Term term) {
        return bySlug().stream()
                .filter(term::sameGroupAs)
                .sorted(Comparator.comparing(Term::language))
                .toList();
    }

    /**
     * The slugs of live terms whose page lists one of these articles because an editor related it
     * to the term (not because the article's text links the term): the static edition renders those
     * pages again when such an article is published or retired. Read from the database, not cached.
     */
    public List<String> relatedTo(Collection<String> articleSlugs) {
        return terms.slugsRelatedTo(articleSlugs);
    }

    public List<Term> bySlug() {
        return cache.get(
                KEY,
                k -> terms.all().stream()
                        .sorted(Comparator.comparing(Term::slug))
                        .toList());
    }
}
