package org.salus.imports.medquad;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.salus.article.Teaser;
import org.salus.imports.medquad.ListText.Block;
import org.salus.imports.medquad.ListText.Items;
import org.salus.imports.medquad.ListText.Paragraph;

/**
 * An article's summary from its overview: the first sentences, enough for a teaser and a meta
 * description (about {@value #ENOUGH}–{@value #MAX} characters), cut at a word boundary by
 * {@link Teaser} when one sentence is longer.
 *
 * <p>Lines that do not end a sentence are headings in the crawled page ("Key Points", "Insulin's
 * Role in Blood Glucose Control") or lead-ins to a list ("include the following:"), so the summary
 * is made only of blocks that end with {@code .}, {@code !} or {@code ?}; list items count as
 * sentences, as NCI's key points are.
 */
final class MedQuadSummary {

    static final int ENOUGH = 120;
    static final int MAX = 300;

    private MedQuadSummary() {}

    static String of(List<Block> blocks) {
        List<String> texts = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                texts.add(paragraph.text());
            } else if (block instanceof Items list) {
                texts.addAll(list.items());
            }
        }
        StringBuilder summary = new StringBuilder();
        Set<String> used = new HashSet<>();
        for (String text : texts) {
            if (!endsASentence(text)) {
                continue;
            }
            for (String sentence : text.split("(?<=[.!?])\\s+(?=[A-Z0-9\"“(])")) {
                if (!used.add(sentence.strip())) {
                    continue; // NCI's key points repeat as the headings of the paragraphs below them
                }
                if (summary.length() >= ENOUGH
                        || (!summary.isEmpty() && summary.length() + 1 + sentence.length() > MAX)) {
                    return Teaser.cut(summary.toString(), MAX);
                }
                summary.append(summary.isEmpty() ? "" : " ").append(sentence.strip());
            }
        }
        if (summary.isEmpty()) {
            return Teaser.cut(String.join(" ", texts), MAX); // no sentence at all: the text as it is
        }
        return Teaser.cut(summary.toString(), MAX);
    }

    private static boolean endsASentence(String text) {
        String end = text.strip().replaceAll("[\"”')\\]]+$", "");
        return end.endsWith(".") || end.endsWith("!") || end.endsWith("?");
    }
}
