package org.salus.dictionary;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.salus.article.MarkdownRenderer;
import org.salus.article.Teaser;
import org.salus.changes.Change;
import org.salus.changes.ChangeLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores dictionary terms: the definition is rendered and sanitised once, here, and its first
 * sentence becomes the short definition shown when a reader points at a linked term.
 */
@Service
public class Dictionary {

    static final int SHORT_DEFINITION = 300;

    private final TermRepository terms;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ChangeLog changes;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    Dictionary(TermRepository terms, Clock clock, ApplicationEventPublisher events, ChangeLog changes) {
        this.terms = terms;
        this.clock = clock;
        this.events = events;
        this.changes = changes;
    }

    /** Saves terms (insert or update by source id), then their relations, in one transaction. */
    @Transactional
    public int saveAll(List<TermDraft> drafts) {
        List<Long> ids = drafts.stream().map(this::saveOne).toList();
        for (int i = 0; i < drafts.size(); i++) {
            terms.relate(ids.get(i), drafts.get(i).relatedTerms(), drafts.get(i).relatedArticles());
            terms.linkTranslation(ids.get(i), drafts.get(i).translationOf());
        }
        changed(ids);
        return ids.size();
    }

    /**
     * Makes {@code draft} the live text of the term with its slug (created if there is none, brought
     * back if retired), for an editor publishing a reviewed revision. Article pages that link the
     * term are re-linked in the background.
     */
    @Transactional
    public long publish(TermDraft draft) {
        String html = markdown.render(draft.definitionMarkdown());
        long id = terms.idOf(draft.slug())
                .map(existing -> {
                    terms.update(existing, draft, html, shortDefinition(html), clock.instant());
                    return existing;
                })
                .orElseGet(() -> terms.save(draft, html, shortDefinition(html), clock.instant()));
        terms.relate(id, draft.relatedTerms(), draft.relatedArticles());
        terms.linkTranslation(id, draft.translationOf());
        changed(List.of(id));
        return id;
    }

    /** The term with this slug (live or retired) as an editor starts from. */
    public Optional<TermDraft> draftOf(String slug) {
        return terms.draftOf(slug);
    }

    /** The live term with this slug, as readers see it. */
    public Optional<Term> find(String slug) {
        return terms.findBySlug(slug);
    }

    /** Whether a term (live or retired) has this slug. */
    public boolean exists(String slug) {
        return terms.idOf(slug).isPresent();
    }

    /** Takes a term off the site and out of article links; false if there is no live term by that slug. */
    @Transactional
    public boolean retire(String slug) {
        Optional<Long> id = terms.idOf(slug);
        boolean retired = terms.retire(slug, clock.instant());
        if (retired) {
            changed(List.of(id.orElseThrow()));
        }
        return retired;
    }

    /**
     * Every node drops what it derived from terms (through the change log); this node also
     * re-links published pages, once, after the commit ({@link TermsChanged}).
     */
    private void changed(List<Long> ids) {
        changes.append(Change.of(Change.Kind.TERMS_CHANGED).terms(ids));
        events.publishEvent(new TermsChanged(ids.size()));
    }

    private long saveOne(TermDraft draft) {
        String html = markdown.render(draft.definitionMarkdown());
        return terms.save(draft, html, shortDefinition(html), clock.instant());
    }

    /** The first sentence of the definition's text, cut at a word boundary if it is long. */
    static String shortDefinition(String html) {
        String text = Jsoup.parse(html).text().strip();
        int end = text.indexOf(". ");
        String first = end > 0 ? text.substring(0, end + 1) : text;
        return Teaser.cut(first, SHORT_DEFINITION);
    }
}
