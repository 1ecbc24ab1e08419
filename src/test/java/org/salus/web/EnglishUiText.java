package org.salus.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds English UI text on a page that should be Spanish: every English value of
 * messages.properties (its literal parts between placeholders, that the Spanish value does not
 * share) in what a reader sees or hears. Texts of two words or more are looked for anywhere in the
 * body's text, the document's title and the labels ({@code aria-label}, {@code title}, {@code alt},
 * {@code placeholder}); one-word texts ("Sources", "Patient") only as whole words in the title, the
 * labels and the controls and headings around the content (buttons, form labels, options, legends,
 * navigation), where an article's own words do not appear.
 */
public final class EnglishUiText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final String CONTROLS =
            "button, label, legend, option, summary, caption, th, nav, header, footer, .review-line, h2[id$=-heading]";

    private EnglishUiText() {}

    /** The English UI texts found in the page; empty on a page that is Spanish around its text. */
    public static SortedSet<String> in(Document page) throws IOException {
        String labels = page.title() + "\n" + String.join("\n", labels(page));
        String shown = page.body().text() + "\n" + labels;
        String controls =
                labels + "\n" + String.join("\n", page.body().select(CONTROLS).eachText());
        SortedSet<String> found = new TreeSet<>();
        for (String text : texts()) {
            boolean oneWord = !text.contains(" ");
            if (oneWord ? wholeWord(text).matcher(controls).find() : shown.contains(text)) {
                found.add(text);
            }
        }
        return found;
    }

    private static Pattern wholeWord(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
    }

    private static List<String> labels(Document page) {
        List<String> labels = new ArrayList<>();
        for (Element element : page.body().select("[aria-label], [title], [alt], [placeholder]")) {
            labels.add(String.join(
                    " ",
                    element.attr("aria-label"),
                    element.attr("title"),
                    element.attr("alt"),
                    element.attr("placeholder")));
        }
        return labels;
    }

    /** Each English value's literal parts (between placeholders) that Spanish does not share. */
    private static SortedSet<String> texts() throws IOException {
        Map<String, String> english = MessageBundlesTests.bundle("/messages.properties");
        Map<String, String> spanish = MessageBundlesTests.bundle("/messages_es.properties");
        SortedSet<String> texts = new TreeSet<>();
        english.forEach((key, value) -> {
            for (String part : PLACEHOLDER.split(value)) {
                String text = part.strip().replaceAll("\\s+", " ");
                // Shared when Spanish says it too: in this key ("Email") or as any Spanish label
                // ("Español" names the language on both sides: the switch and the search facet).
                boolean shared = spanish.getOrDefault(key, "").contains(text)
                        || spanish.values().stream()
                                .anyMatch(es -> wholeWord(text).matcher(es).find());
                if (text.matches(".*\\p{L}{2,}.*") && !shared) {
                    texts.add(text);
                }
            }
        });
        return texts;
    }
}
