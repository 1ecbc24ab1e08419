package org.salus.imports.medlineplus;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.salus.article.HtmlSanitizer;
import org.salus.article.SectionDraft;
import org.salus.article.SectionType;
import org.salus.article.Teaser;

/**
 * A topic's full summary made into article sections. The HTML is sanitised first (it comes from
 * outside: no script, event handler or {@code javascript:} link survives), then cut into a
 * section at each heading and converted to Markdown. Today's summaries are written under
 * headings such as "What is dengue?" and "What are the symptoms?"; each becomes a section, typed
 * by its words (symptoms, causes, ...) so the page and the API can find it. Text before the
 * first heading, or a summary without headings, is the overview.
 */
final class TopicSummary {

    static final int MAX_HEADING = 200;

    private final List<SectionDraft> sections;
    private final String firstSentence;

    private TopicSummary(List<SectionDraft> sections, String firstSentence) {
        this.sections = List.copyOf(sections);
        this.firstSentence = firstSentence;
    }

    /**
     * @param html     the summary as HTML, unsanitised
     * @param language {@code en} or {@code es}: the overview's heading and sentence rules
     */
    static TopicSummary of(String html, String language) {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        Element body = Jsoup.parseBodyFragment(sanitizer.clean(html == null ? "" : html))
                .body();
        List<SectionDraft> sections = new ArrayList<>();
        String heading = null;
        List<Node> content = new ArrayList<>();
        for (Node node : List.copyOf(body.childNodes())) {
            if (node instanceof Element element && element.normalName().matches("h[1-6]")) {
                add(sections, heading, content, language);
                heading = TopicReader.clean(element.text());
                content = new ArrayList<>();
            } else {
                content.add(node);
            }
        }
        add(sections, heading, content, language);
        return new TopicSummary(sections, firstSentence(body, language));
    }

    /** The sections, in the summary's order; empty when the summary holds no text. */
    List<SectionDraft> sections() {
        return sections;
    }

    /** The first sentence of the summary's text (not of a heading), for the article's summary; may be empty. */
    String firstSentence() {
        return firstSentence;
    }

    private static void add(List<SectionDraft> sections, String heading, List<Node> content, String language) {
        String markdown = HtmlToMarkdown.convert(content);
        if (markdown.isEmpty()) {
            return;
        }
        if (heading == null) {
            heading = "es".equals(language) ? "Resumen" : "Summary";
        }
        SectionType type = sections.isEmpty() ? SectionType.OVERVIEW : typeOf(heading);
        sections.add(new SectionDraft(type, Teaser.cut(heading, MAX_HEADING), markdown));
    }

    /** The section type a heading's words name, in English or Spanish; {@code OTHER} when none. */
    static SectionType typeOf(String heading) {
        String words = Normalizer.normalize(heading, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        if (words.contains("symptom") || words.contains("sintoma") || words.contains("signs")) {
            return SectionType.SYMPTOMS;
        }
        if (words.contains("cause") || words.contains("causa")) {
            return SectionType.CAUSES;
        }
        if (words.contains("diagnos")) {
            return SectionType.DIAGNOSIS;
        }
        if (words.contains("treat") || words.contains("tratamiento") || words.contains("tratar")) {
            return SectionType.TREATMENT;
        }
        if (words.contains("prevent") || words.contains("preven")) {
            return SectionType.PREVENTION;
        }
        return SectionType.OTHER;
    }

    private static String firstSentence(Element body, String language) {
        StringBuilder text = new StringBuilder();
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            heading.remove();
        }
        for (Element block : body.select("p, li, div")) {
            block.prependText(" ").appendText(" "); // "</li><li>" must not glue two words
        }
        text.append(body.text());
        String plain = text.toString().strip().replaceAll("\\s+", " ");
        if (plain.isEmpty()) {
            return "";
        }
        BreakIterator sentences =
                BreakIterator.getSentenceInstance("es".equals(language) ? Locale.forLanguageTag("es") : Locale.ENGLISH);
        sentences.setText(plain);
        int end = sentences.next();
        return plain.substring(0, end == BreakIterator.DONE ? plain.length() : end)
                .strip();
    }
}
