package org.salus.dictionary;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every live dictionary term in slug order, for listings outside this package (the JSON content
 * API). Read once and kept until a term changes; the expiry bounds staleness when another app
 * node changed a term.
 */
@Component
public class LiveTerms {

    private static final Object KEY = new Object();

    private final TermRepository terms;
    private final Cache<Object, List<Term>> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    LiveTerms(TermRepository terms) {
        this.terms = terms;
    }

    public List<Term> bySlug() {
        return cache.get(KEY, k -> terms.all().stream().sorted(Comparator.comparing(Term::slug)).toList());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChanged(TermsChanged event) {
        cache.invalidateAll();
    }
}
