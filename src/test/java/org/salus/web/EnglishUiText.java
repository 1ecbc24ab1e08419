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
 * messages.properties (its literal parts between placeholders, of two words or more, that the
 * Spanish value does not share) in what a reader sees or hears: the body's text and its labels
 * ({@code aria-label}, {@code title}, {@code alt}).
 */
public final class EnglishUiText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    private EnglishUiText() {}

    /** The English UI texts found in the page; empty on a page that is Spanish around its text. */
    public static SortedSet<String> in(Document page) throws IOException {
        String shown = page.body().text() + "\n" + String.join("\n", labels(page));
        SortedSet<String> found = new TreeSet<>();
        for (String text : texts()) {
            if (shown.contains(text)) {
                found.add(text);
            }
        }
        return found;
    }

    private static List<String> labels(Document page) {
        List<String> labels = new ArrayList<>();
        for (Element element : page.body().select("[aria-label], [title], [alt]")) {
            labels.add(element.attr("aria-label") + " " + element.attr("title") + " " + element.attr("alt"));
        }
        return labels;
    }

    /** Each English value's literal parts (between placeholders) of two words or more. */
    private static SortedSet<String> texts() throws IOException {
        Map<String, String> english = MessageBundlesTests.bundle("/messages.properties");
        Map<String, String> spanish = MessageBundlesTests.bundle("/messages_es.properties");
        SortedSet<String> texts = new TreeSet<>();
        english.forEach((key, value) -> {
            for (String part : PLACEHOLDER.split(value)) {
                String text = part.strip();
                boolean shared = spanish.getOrDefault(key, "").contains(text);
                if (text.split("\\s+").length >= 2 && !shared) {
                    texts.add(text);
                }
            }
        });
        return texts;
    }
}
