package org.salus.dictionary.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.salus.article.Slugs;

/**
 * Links medical-dictionary terms from a section's sanitised HTML.
 *
 * <p>Build one with {@link #of(Collection)} whenever the dictionary changes and share it: it is
 * immutable and thread-safe, and {@link #link} reads each text node once, looking its words up in
 * {@link Names}, so its cost grows with the length of the section, not with the size of the
 * dictionary.
 *
 * <p>What {@link #link} links:
 * <ul>
 * <li>whole words only, case-insensitively ("insulin" does not match inside "insulinoma", a term
 * "AN" does not match inside "plan", "vitamin B1" not inside "vitamin B12"; spaces and punctuation
 * such as hyphens and apostrophes are boundaries);
 * <li>the longest name wins and matches never overlap: with "insulin" and "insulin resistance",
 * the text "insulin resistance" links once, to {@code insulin-resistance};
 * <li>only the first occurrence of each term (whichever of its names matched) in the fragment;
 * a term the fragment already links to ({@code <a href="/dictionary/{slug}">}, including earlier
 * output of this class) is not linked again, so running {@code link} twice adds nothing;
 * <li>never inside {@code a}, {@code h1}–{@code h6}, {@code code}, {@code pre} (nor {@code kbd},
 * {@code samp}, {@code script}, {@code style}, {@code textarea}) or earlier term markup;
 * <li>only within one text node: "beta <em>cells</em>" does not match "beta cells".
 * </ul>
 * A name is matched as written, so "insulin resistance" does not match across a line break or a
 * non-breaking space. The excluded term still takes part in longest-match: on the
 * "insulin-resistance" page the phrase "insulin resistance" stays plain and its "insulin" is not
 * linked either.
 */
public final class TermLinker {

    /** Class of the wrapper around each linked term; the text inside it is never linked again. */
    static final String TERM_CLASS = "term";

    private static final String DICTIONARY_PATH = "/dictionary/";

    private final Names names;
    private final LinkableTerm[] terms; // by the index Names reports
    private final int size;

    /**
     * A term as the linker sees it.
     *
     * @param slug            the term's slug, linked as {@code /dictionary/{slug}}
     * @param names           the term's name and its synonyms; blank ones are ignored
     * @param shortDefinition plain text shown in the tooltip; null or blank: no tooltip
     */
    public record LinkableTerm(String slug, List<String> names, String shortDefinition) {

        public LinkableTerm {
            if (!Slugs.isValid(slug)) {
                throw new IllegalArgumentException("not a slug: " + slug);
            }
            names = List.copyOf(names);
            shortDefinition = shortDefinition == null ? "" : shortDefinition.strip();
        }
    }

    private TermLinker(Names names, LinkableTerm[] terms, int size) {
        this.names = names;
        this.terms = terms;
        this.size = size;
    }

    /**
     * A linker for these terms. Names are compared case-insensitively; when two terms share a
     * name, the one that comes first in {@code terms} gets it.
     */
    public static TermLinker of(Collection<LinkableTerm> terms) {
        Map<String, Integer> termOfName = new HashMap<>();
        List<LinkableTerm> named = new ArrayList<>();
        for (LinkableTerm term : terms) {
            for (String name : term.names()) {
                String key = Names.fold(name.strip());
                if (!key.isEmpty() && !termOfName.containsKey(key)) {
                    if (named.isEmpty() || named.get(named.size() - 1) != term) {
                        named.add(term); // the terms that got a name, each once
                    }
                    termOfName.put(key, named.size() - 1);
                }
            }
        }
        return new TermLinker(Names.of(termOfName), named.toArray(LinkableTerm[]::new), termOfName.size());
    }

    /** Number of distinct names (terms and synonyms, ignoring case) the linker matches. */
    public int size() {
        return size;
    }

    /**
     * The section's HTML with the first occurrence of each term linked as
     * <pre>{@code
     * <span class="term"><a href="/dictionary/{slug}" aria-describedby="{idPrefix}-{slug}">{text as written}</a><span
     *     class="term-tip" role="tooltip" id="{idPrefix}-{slug}">{shortDefinition}</span></span>
     * }</pre>
     * (without {@code aria-describedby} and the tooltip when the term has no short definition).
     * Everything else is kept as it was. When nothing is linked the input is returned unchanged.
     *
     * @param sectionHtml sanitised HTML fragment of one section
     * @param idPrefix    makes the tooltip ids unique on the page, e.g. the section's anchor
     * @param excludeSlug a term never to link, e.g. on its own dictionary page; may be null
     */
    public String link(String sectionHtml, String idPrefix, String excludeSlug) {
        Objects.requireNonNull(sectionHtml, "sectionHtml");
        if (idPrefix == null || idPrefix.isBlank()) {
            throw new IllegalArgumentException("idPrefix must not be blank");
        }
        if (size == 0 || sectionHtml.isBlank()) {
            return sectionHtml;
        }
        Document document = Jsoup.parseBodyFragment(sectionHtml);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        Set<String> done = alreadyLinked(body);
        if (excludeSlug != null) {
            done.add(excludeSlug);
        }
        boolean changed = false;
        for (TextNode text : LinkableText.in(body)) {
            changed |= linkIn(text, idPrefix, done);
        }
        return changed ? body.html() : sectionHtml;
    }

    /** Links the terms in one text node not yet in {@code done}; true when something was linked. */
    private boolean linkIn(TextNode node, String idPrefix, Set<String> done) {
        String text = node.getWholeText();
        int[] matches = names.find(text); // start, end, term triples in text order
        List<Node> before = new ArrayList<>();
        int from = 0;
        for (int m = 0; m < matches.length; m += 3) {
            LinkableTerm term = terms[matches[m + 2]];
            if (!done.add(term.slug())) {
                continue;
            }
            if (matches[m] > from) {
                before.add(new TextNode(text.substring(from, matches[m])));
            }
            before.add(markup(term, text.substring(matches[m], matches[m + 1]), idPrefix));
            from = matches[m + 1];
        }
        if (before.isEmpty()) {
            return false;
        }
        before.forEach(node::before);
        if (from < text.length()) {
            node.text(text.substring(from));
        } else {
            node.remove();
        }
        return true;
    }

    private static Element markup(LinkableTerm term, String matched, String idPrefix) {
        String tipId = idPrefix + "-" + term.slug();
        Element link = new Element("a").attr("href", DICTIONARY_PATH + term.slug());
        Element wrapper = new Element("span").addClass(TERM_CLASS).appendChild(link);
        if (!term.shortDefinition().isEmpty()) {
            link.attr("aria-describedby", tipId);
            wrapper.appendChild(new Element("span").addClass("term-tip").attr("role", "tooltip").attr("id", tipId)
                    .appendChild(new TextNode(term.shortDefinition())));
        }
        link.appendChild(new TextNode(matched));
        return wrapper;
    }

    /** Slugs the fragment already links to, so a second run adds no second link. */
    private static Set<String> alreadyLinked(Element body) {
        Set<String> slugs = new HashSet<>();
        for (Element anchor : body.getElementsByTag("a")) {
            String href = anchor.attr("href");
            if (href.startsWith(DICTIONARY_PATH)) {
                slugs.add(href.substring(DICTIONARY_PATH.length()));
            }
        }
        return slugs;
    }
}
