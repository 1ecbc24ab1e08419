package org.salus.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A section's HTML read once for the checks: its blocks (paragraphs, list items, cells) as text, their
 * sentences, and what the markup shows (lists, bold text, tables, dictionary links). The dictionary's
 * tooltips are dropped: they are not part of the article's text.
 */
final class SectionText {

    private static final Pattern SENTENCE = Pattern.compile("(?:[^.!?]|[.!?]+(?=[^\\s.!?]))+(?:[.!?]+(?=\\s|$)|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)*|\\d+(?:[.,]\\d+)*");

    final String heading;
    final Document html;
    /** Paragraphs outside lists and tables, in order. */
    final List<String> paragraphs = new ArrayList<>();
    /** Every block a reader reads: paragraphs, list items, table cells. */
    final List<String> blocks = new ArrayList<>();

    final List<String> sentences = new ArrayList<>();
    final Set<String> linkedTerms = new TreeSet<>();
    final int words;
    final boolean english;

    SectionText(String heading, String html, boolean english) {
        this.english = english;
        this.heading = heading == null ? "" : heading.strip();
        this.html = Jsoup.parseBodyFragment(html == null ? "" : html);
        this.html.select(".term-tip").remove();
        for (Element block : this.html.select("p, li, td, th")) {
            if (block.is("li, td, th") && !block.select("p").isEmpty()) {
                continue; // read through its paragraphs
            }
            String text = block.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            blocks.add(text);
            if (block.is("p") && block.closest("li, td, th") == null) {
                paragraphs.add(text);
            }
            sentences.addAll(sentences(text));
        }
        for (Element link : this.html.select("a[href^=/dictionary/]")) {
            linkedTerms.add(link.attr("href").substring("/dictionary/".length()));
        }
        this.words = count(String.join(" ", blocks));
    }

    boolean has(String cssQuery) {
        return !html.select(cssQuery).isEmpty();
    }

    List<Element> all(String cssQuery) {
        return html.select(cssQuery);
    }

    /** A full stop inside a number ("6.5") or an abbreviation without a space ("e.g.x") ends no sentence. */
    static List<String> sentences(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String s = m.group().strip();
            if (!s.isEmpty() && count(s) > 0) {
                found.add(s);
            }
        }
        return found;
    }

    static int count(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
