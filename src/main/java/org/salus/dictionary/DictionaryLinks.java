package org.salus.dictionary;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.salus.article.ArticleWriter;
import org.salus.article.SectionLinker;
import org.salus.changes.Change;
import org.salus.changes.ChangeListener;
import org.salus.dictionary.linking.TermLinker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Links article sections to the dictionary: the first mention of each linkable term per section
 * gets a link and a short definition. The matcher is built from the database on first use and
 * rebuilt after terms change.
 */
@Component
class DictionaryLinks implements SectionLinker, ChangeListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DictionaryLinks.class);

    private final TermRepository terms;
    // ArticleWriter uses this linker, so it is looked up lazily to avoid a construction cycle.
    private final ObjectProvider<ArticleWriter> writer;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dictionary-relink");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean relinkQueued = new AtomicBoolean();
    private volatile TermLinker linker;

    DictionaryLinks(TermRepository terms, ObjectProvider<ArticleWriter> writer) {
        this.terms = terms;
        this.writer = writer;
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

    /** Terms changed on any node: the next use builds the matcher from the new terms. */
    @Override
    public void onChanges(List<Change> changes, long through) {
        if (changes.stream().anyMatch(Change::touchesTerms)) {
            linker = null;
        }
    }

    /**
     * On the node that changed terms: drops the matcher, so the next use builds one from the new
     * terms, then re-links the published pages in the background: readers never wait for it. An import that saved terms in
     * many batches sends one event per batch after its commit; dropping (not rebuilding) makes
     * that one rebuild, not one per batch.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onTermsChanged(TermsChanged event) {
        linker = null;
        // An import saves terms in many batches: one pending re-link covers them all.
        if (!relinkQueued.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            relinkQueued.set(false);
            try {
                int sections = writer.getObject().relinkPublished();
                log.info("Re-linked {} published sections after {} dictionary terms changed", sections, event.count());
            } catch (RuntimeException e) {
                log.warn("Re-linking published sections failed; pages keep their previous links", e);
            }
        });
    }

    /**
     * Lets a re-link in progress finish before the application stops: an {@code import dictionary}
     * command would otherwise exit with published pages still linking the old terms.
     */
    @Override
    public void destroy() throws InterruptedException {
        background.shutdown();
        if (!background.awaitTermination(10, TimeUnit.MINUTES)) {
            log.warn("Re-linking published sections did not finish; the next dictionary change re-links them");
        }
    }

    private TermLinker build() {
        List<TermLinker.LinkableTerm> linkable = terms.all().stream()
                .filter(Term::linkable)
                .map(t -> new TermLinker.LinkableTerm(
                        t.slug(),
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(t.name()), t.synonyms().stream())
                                .toList(),
                        t.shortDefinition()))
                .toList();
        return TermLinker.of(linkable);
    }
}
