package org.salus.article;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The Flesch–Kincaid grade level of English text: roughly the US school grade a reader needs.
 * Health publishers aim for grade 8 or lower. Syllables are estimated from vowel groups, which is
 * how the common readability tools do it; treat the result as a guide, not a verdict.
 */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][A-Za-z]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private Readability() {
    }

    /** The grade of rendered section HTML: each paragraph, list item, heading and cell is read on its own. */
    public static double gradeOfHtml(String html) {
        Counts total = new Counts();
        for (Element block : Jsoup.parseBodyFragment(html).select("p, li, h3, h4, td, th")) {
            if (block.select("p, li").size() > (block.is("p, li") ? 1 : 0)) {
                continue; // a list item holding paragraphs is counted through them
            }
            total.add(count(block.text()));
        }
        return total.grade();
    }

    /** The grade of plain text. */
    public static double grade(String text) {
        return count(text).grade();
    }

    private static Counts count(String text) {
        Counts counts = new Counts();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            counts.words++;
            counts.syllables += syllables(words.group());
        }
        Matcher ends = SENTENCE_END.matcher(text.strip());
        while (ends.find()) {
            counts.sentences++;
        }
        if (counts.words > 0 && !SENTENCE_END.matcher(text.strip()).find(Math.max(0, text.strip().length() - 1))) {
            counts.sentences++; // a heading or list item without a full stop is still one unit
        }
        return counts;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("['’].*$", "");
        if (w.length() <= 3) {
            return 1;
        }
        int groups = 0;
        Matcher vowels = VOWEL_GROUP.matcher(w);
        while (vowels.find()) {
            groups++;
        }
        if (w.endsWith("e") && !w.endsWith("le") && groups > 1) {
            groups--; // silent final e: "make", "cause"
        }
        if (w.endsWith("es") || w.endsWith("ed")) {
            if (groups > 1 && !w.matches(".*[td]ed$") && !w.matches(".*(s|x|z|ch|sh|c|g)es$")) {
                groups--; // "lives", "moved" but not "needed", "changes"
            }
        }
        return Math.max(1, groups);
    }

    private static final class Counts {
        int words;
        int sentences;
        int syllables;

        void add(Counts other) {
            words += other.words;
            sentences += other.sentences;
            syllables += other.syllables;
        }

        double grade() {
            if (words == 0 || sentences == 0) {
                return 0;
            }
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }
    }
}
