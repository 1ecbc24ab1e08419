package org.salus.dictionary;

import java.util.List;

import org.salus.article.SectionLinker;
import org.salus.dictionary.linking.TermLinker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Links article sections to the dictionary: the first mention of each linkable term per section
 * gets a link and a short definition. The matcher is built from the database on first use and
 * rebuilt after terms change.
 */
@Component
class DictionaryLinks implements SectionLinker {

    private final TermRepository terms;
    private volatile TermLinker linker;

    DictionaryLinks(TermRepository terms) {
        this.terms = terms;
    }

    @Override
    public String link(String html, String anchor) {
        return linker().link(html, "term-" + anchor, null);
    }

    TermLinker linker() {
        TermLinker current = linker;
        if (current == null) {
            current = build();
            linker = current;
        }
        return current;
    }

    /** Rebuilds the matcher; also called while terms are loaded, before their transaction commits. */
    void rebuild() {
        linker = build();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onTermsChanged(TermsChanged event) {
        rebuild();
    }

    private TermLinker build() {
        List<TermLinker.LinkableTerm> linkable = terms.all().stream().filter(Term::linkable)
                .map(t -> new TermLinker.LinkableTerm(t.slug(),
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(t.name()), t.synonyms().stream()).toList(),
                        t.shortDefinition()))
                .toList();
        return TermLinker.of(linkable);
    }
}
