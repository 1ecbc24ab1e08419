package org.salus.dictionary.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.salus.article.Slugs;

/**
 * Links medical-dictionary terms from a section's sanitised HTML.
 *
 * <p>Build one with {@link #of(Collection)} whenever the dictionary changes and share it: it is
 * immutable and thread-safe, and {@link #link} reads each text node once, walking a trie of the
 * names from each word start, so its cost grows with the length of the section, not with the size
 * of the dictionary.
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
 *
 * <p>The section is parsed with jsoup, so which text may be linked is decided on the real document
 * tree, and {@link Names} finds the names in each text node. The links are then spliced into the
 * input at the source positions of the text nodes they change, and the rest of the input is copied
 * as it is: printing the whole tree again was most of the cost. Sanitised HTML is jsoup's own
 * output, so the result is the string jsoup would print. When a changed text node is not written
 * as jsoup writes it (other entities, a raw {@code >}) or the parser moved nodes (text inside a
 * table), the tree is changed and printed by jsoup instead, as it always was.
 */
public final class TermLinker {

    /** Class of the wrapper around each linked term; the text inside it is never linked again. */
    static final String TERM_CLASS = "term";

    /** Where a term is linked to: this and its slug. */
    static final String DICTIONARY_PATH = "/dictionary/";

    private final Names names;
    private final LinkableTerm[] terms; // by the index Names reports
    private final String[] tips; // each term's short definition as HTML, null when it has none
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
        this.tips = new String[terms.length];
        for (int t = 0; t < terms.length; t++) {
            String definition = terms[t].shortDefinition();
            tips[t] = definition.isEmpty() ? null : Html.text(definition);
        }
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
        Element body = parseTracked(sectionHtml);
        LinkableText linkable = LinkableText.in(body);
        Set<String> done = linkable.linkedSlugs(); // linked already: not again
        if (excludeSlug != null) {
            done.add(excludeSlug);
        }
        List<Edit> edits = new ArrayList<>();
        for (TextNode text : linkable.texts()) {
            Edit edit = linkIn(text, done);
            if (edit != null) {
                edits.add(edit);
            }
        }
        if (edits.isEmpty()) {
            return sectionHtml;
        }
        String idStart = Html.attributeValue(idPrefix + "-");
        String spliced = linkable.inSourceOrder() ? splice(sectionHtml, edits, idStart) : null;
        if (spliced != null) {
            return spliced;
        }
        for (Edit edit : edits) {
            StringBuilder html = new StringBuilder();
            appendLinked(html, edit, idStart);
            edit.node().replaceWith(new DataNode(html.toString())); // a data node is printed as it is
        }
        return body.html();
    }

    /** About the length of a link's markup, without its slugs, ids and tooltip. */
    private static final int MARKUP = 160;

    /**
     * A text node in which terms are linked: {@code printed} is its text as jsoup prints it (the
     * same string when nothing needs escaping), {@code links} holds {@code start, end, term}
     * triples in text order, term -1 for a match that is not linked (its term is already linked).
     */
    private record Edit(TextNode node, String text, String printed, int[] links, int markup) {}

    /** As {@code Jsoup.parseBodyFragment}, with each node's position in the input recorded. */
    private static Element parseTracked(String html) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        body.appendChildren(Parser.htmlParser().setTrackPosition(true).parseFragmentInput(html, body, ""));
        return body;
    }

    /**
     * The links to make in a text node, for the terms not yet in {@code done}; null when none.
     * Matches of terms already done are not linked but still keep shorter names inside them unlinked.
     */
    private Edit linkIn(TextNode node, Set<String> done) {
        String text = node.getWholeText();
        int[] links = names.find(text);
        int markup = 0; // about how many chars the links add, to size the output once
        for (int m = 0; m < links.length; m += 3) {
            int term = links[m + 2];
            if (done.add(terms[term].slug())) {
                markup += MARKUP + 3 * terms[term].slug().length() + (tips[term] == null ? 0 : tips[term].length());
            } else {
                links[m + 2] = -1;
            }
        }
        return markup > 0 ? new Edit(node, text, Html.text(text), links, markup) : null;
    }

    /** Appends the HTML of the edit's text with its terms linked. */
    private void appendLinked(StringBuilder html, Edit edit, String idStart) {
        String text = edit.text();
        boolean plain = edit.printed() == text; // nothing to escape: append as it is
        int[] links = edit.links();
        int from = 0;
        for (int m = 0; m < links.length; m += 3) {
            int term = links[m + 2];
            if (term < 0) {
                continue;
            }
            String slug = terms[term].slug(); // a valid slug needs no escaping
            String tip = tips[term];
            appendText(html, text, from, links[m], plain);
            html.append("<span class=\"" + TERM_CLASS + "\"><a href=\"" + DICTIONARY_PATH)
                    .append(slug)
                    .append('"');
            if (tip != null) {
                html.append(" aria-describedby=\"").append(idStart).append(slug).append('"');
            }
            html.append('>');
            appendText(html, text, links[m], links[m + 1], plain);
            html.append("</a>");
            if (tip != null) {
                html.append("<span class=\"term-tip\" role=\"tooltip\" id=\"")
                        .append(idStart)
                        .append(slug)
                        .append("\">")
                        .append(tip)
                        .append("</span>");
            }
            html.append("</span>");
            from = links[m + 1];
        }
        appendText(html, text, from, text.length(), plain);
    }

    private static void appendText(StringBuilder html, String text, int from, int to, boolean plain) {
        if (plain) {
            html.append(text, from, to);
        } else {
            Html.appendText(html, text, from, to);
        }
    }

    /**
     * The input with each edited text node's source replaced by its new HTML, or null when a node's
     * source is not its text exactly as jsoup writes it (other entities, a raw {@code >}...). With
     * the tree in source order, the input around the edits is then what jsoup prints around them
     * (all of it when the input is jsoup's own output, as sanitised HTML is), so the result is
     * what jsoup prints for the changed tree.
     */
    private String splice(String html, List<Edit> edits, String idStart) {
        int length = html.length();
        for (Edit edit : edits) {
            length += edit.markup() + 2 * idStart.length() * edit.links().length / 3;
        }
        StringBuilder out = new StringBuilder(length);
        int copied = 0;
        for (Edit edit : edits) {
            Range source = edit.node().sourceRange();
            int start = source.startPos();
            int end = source.endPos();
            String printed = edit.printed();
            if (!source.isTracked()
                    || start < copied
                    || end - start != printed.length()
                    || !html.startsWith(printed, start)) {
                return null;
            }
            out.append(html, copied, start);
            appendLinked(out, edit, idStart);
            copied = end;
        }
        return out.append(html, copied, html.length()).toString();
    }
}
