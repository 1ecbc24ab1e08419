package org.salus.dictionary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.salus.article.RelatedArticle;
import org.salus.article.TopicIndex;
import org.salus.web.PageContext;
import org.salus.web.Paging;

/** Models of the dictionary pages. */
public final class DictionaryPages {

    private DictionaryPages() {}

    /** One A–Z line: a term under its name, or under a synonym pointing at the term; in the term's language. */
    public record Entry(
            String name, String slug, String termName, String shortDefinition, boolean synonym, String language) {}

    /** {@code dictionary/index.jte} */
    public record Index(
            PageContext ctx, String letter, String query, Set<String> lettersWithEntries, Paging<Entry> paging) {

        /** This page's entries. */
        public List<Entry> entries() {
            return paging.items();
        }

        /** The address of this list without a page number: the dictionary, one letter, or a search of it. */
        public String base() {
            String base = ctx.sitePath("/dictionary");
            if (letter != null) {
                return base + "?letter=" + letter;
            }
            if (query != null) {
                return base + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            }
            return base;
        }

        public List<String> letters() {
            return TopicIndex.letters(ctx.lang());
        }
    }

    /**
     * {@code dictionary/term.jte}
     *
     * @param translations the term in other languages (its English original, or its translations)
     * @param review       the review of the live text when it was published through the editorial
     *                     workflow; null for imported and sample terms, which show their source only
     */
    public record TermPage(
            PageContext ctx,
            Term term,
            List<Term> translations,
            List<Term> related,
            List<RelatedArticle> articles,
            TermReview review,
            String canonicalUrl,
            String jsonLd) {}
}
