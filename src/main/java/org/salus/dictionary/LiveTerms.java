package org.salus.dictionary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The terms a translation's language switch and list come from, in the order they are shown. */
    private static final Comparator<Term> BY_LANGUAGE =
            Comparator.comparing(Term::language).thenComparing(Term::slug);

    private final TermRepository terms;
    private final Cache<Object, Snapshot> cache;

    LiveTerms(TermRepository terms, ContentCaches caches) {
        this.terms = terms;
        this.cache = caches.get(CachedContent.LIVE_TERMS);
    }

    /** The live term with this slug, from the cache. */
    public Optional<Term> find(String slug) {
        return Optional.ofNullable(snapshot().bySlug.get(slug));
    }

    /**
     * The live terms in other languages that mean the same as {@code term} (its English original,
     * or its translations), by language: from the cache, so a reader's request costs no query (and
     * no pass over 20,000 terms: each term page of a whole static edition asks).
     */
    public List<Term> translationsOf(Term term) {
        Snapshot live = snapshot();
        List<Term> group = new ArrayList<>(live.translationsOf.getOrDefault(term.id(), List.of()));
        if (term.translationOf() != null) {
            Term original = live.byId.get(term.translationOf());
            if (original != null && !group.contains(original)) {
                group.add(original);
            }
        }
        group.removeIf(t -> !term.sameGroupAs(t));
        group.sort(BY_LANGUAGE);
        return List.copyOf(group);
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
        return snapshot().sorted;
    }

    private Snapshot snapshot() {
        return cache.get(KEY, k -> new Snapshot(terms.all()));
    }

    /** The live terms as read once, with the look-ups a term page needs. */
    private static final class Snapshot {
        final List<Term> sorted;
        final Map<String, Term> bySlug = new HashMap<>();
        final Map<Long, Term> byId = new HashMap<>();
        /** The live translations of each term, by the id of the term they translate. */
        final Map<Long, List<Term>> translationsOf = new HashMap<>();

        Snapshot(List<Term> all) {
            sorted = all.stream().sorted(Comparator.comparing(Term::slug)).toList();
            for (Term term : sorted) {
                bySlug.put(term.slug(), term);
                byId.put(term.id(), term);
                if (term.translationOf() != null) {
                    translationsOf
                            .computeIfAbsent(term.translationOf(), id -> new ArrayList<>())
                            .add(term);
                }
            }
        }
    }
}
