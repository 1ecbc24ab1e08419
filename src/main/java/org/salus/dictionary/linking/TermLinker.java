package org.salus.dictionary.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.ahocorasick.trie.handler.AbstractStatefulPayloadEmitHandler;
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
 * immutable and thread-safe, and {@link #link} costs one Aho–Corasick pass over each text node, so
 * its cost grows with the length of the section, not with the size of the dictionary.
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

    private final PayloadTrie<LinkableTerm> trie;
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

    private TermLinker(PayloadTrie<LinkableTerm> trie, int size) {
        this.trie = trie;
        this.size = size;
    }

    /**
     * A linker for these terms. Names are compared case-insensitively; when two terms share a
     * name, the one that comes first in {@code terms} gets it.
     */
    public static TermLinker of(Collection<LinkableTerm> terms) {
        Map<String, LinkableTerm> byName = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (LinkableTerm term : terms) {
            for (String name : term.names()) {
                String trimmed = name.strip();
                String key = foldCase(trimmed);
                if (!trimmed.isEmpty() && byName.putIfAbsent(key, term) == null) {
                    spelling.put(key, trimmed);
                }
            }
        }
        PayloadTrie.PayloadTrieBuilder<LinkableTerm> builder = PayloadTrie.<LinkableTerm>builder()
                .ignoreCase()
                .ignoreOverlaps(); // whole words: see WholeWords, which also treats digits as part of a word
        byName.forEach((key, term) -> builder.addKeyword(spelling.get(key), term));
        return new TermLinker(builder.build(), byName.size());
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
        List<PayloadEmit<LinkableTerm>> matches = new ArrayList<>(trie.parseText(text, new WholeWords(text)));
        matches.sort(Comparator.comparingInt(PayloadEmit::getStart));
        List<Node> before = new ArrayList<>();
        int from = 0;
        for (PayloadEmit<LinkableTerm> match : matches) {
            LinkableTerm term = match.getPayload();
            if (!done.add(term.slug())) {
                continue;
            }
            if (match.getStart() > from) {
                before.add(new TextNode(text.substring(from, match.getStart())));
            }
            before.add(markup(term, text.substring(match.getStart(), match.getEnd() + 1), idPrefix));
            from = match.getEnd() + 1;
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

    /**
     * Keeps the matches that are whole words: not preceded or followed by a letter, a digit or a
     * combining mark ("vitamin B1" does not match inside "vitamin B12", "an" not inside "plan").
     * The trie then drops overlapping matches, keeping the longest.
     */
    private static final class WholeWords extends AbstractStatefulPayloadEmitHandler<LinkableTerm> {

        private final String text;

        WholeWords(String text) {
            this.text = text;
        }

        @Override
        public boolean emit(PayloadEmit<LinkableTerm> match) {
            int end = match.getEnd() + 1;
            boolean whole = (match.getStart() == 0 || !isWordPart(text.codePointBefore(match.getStart())))
                    && (end == text.length() || !isWordPart(text.codePointAt(end)));
            if (whole) {
                addEmit(match);
            }
            return whole;
        }

        private static boolean isWordPart(int codePoint) {
            int type = Character.getType(codePoint);
            return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
        }
    }

    /** Lower case one char at a time, as the trie compares, so lengths and positions stay put. */
    private static String foldCase(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            folded.append(Character.toLowerCase(name.charAt(i)));
        }
        return folded.toString();
    }
}
