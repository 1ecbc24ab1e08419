package org.salus.dictionary;

import java.util.List;
import java.util.stream.Stream;

import org.salus.quality.KnownTerms;
import org.springframework.stereotype.Component;

/**
 * The dictionary's live, linkable terms for the quality checks' "medical terms defined" item (the
 * terms marked too common to link are everyday words, not jargon). Read from the live-terms cache.
 */
@Component
class DictionaryKnownTerms implements KnownTerms {

    private final LiveTerms terms;

    DictionaryKnownTerms(LiveTerms terms) {
        this.terms = terms;
    }

    @Override
    public List<KnownTerms.Term> inLanguage(String language) {
        return terms.bySlug().stream()
                .filter(t -> t.linkable() && t.language().equals(language))
                .map(t -> new KnownTerms.Term(
                        t.slug(),
                        Stream.concat(Stream.of(t.name()), t.synonyms().stream())
                                .filter(n -> n != null && !n.isBlank())
                                .toList()))
                .toList();
    }
}
