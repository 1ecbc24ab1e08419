package org.salus.review;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Readability of English text as two US school-grade measures: the Flesch–Kincaid grade level and the
 * SMOG index. Health publishers aim for Flesch–Kincaid grade 8 or lower. Syllables are estimated from
 * vowel groups, which is how the common readability tools do it; treat the results as a guide, not a
 * verdict.
 */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][A-Za-z]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    /**
     * Readability figures for one text. Both grades are 0 for text without words.
     *
     * @param fleschKincaidGrade the Flesch–Kincaid grade level:
     *        {@code 0.39 * words / sentences + 11.8 * syllables / words - 15.59}
     * @param smogIndex the SMOG index (McLaughlin 1969):
     *        {@code 1.0430 * sqrt(polysyllables * 30 / sentences) + 3.1291}, where polysyllables are words of
     *        three or more syllables. SMOG was designed for samples of 30 sentences; shorter texts are
     *        normalised to 30 sentences, which is less reliable. It runs about two to three grades above
     *        Flesch–Kincaid for the same text, so do not hold it to the grade 8 target.
     * @param words the words counted
     * @param sentences the sentences counted; a heading, list item or cell without a full stop counts as one
     */
    public record Score(double fleschKincaidGrade, double smogIndex, int words, int sentences) {}

    private Readability() {}

    /** The scores of rendered section HTML: each paragraph, list item, heading and cell is read on its own. */
    public static Score scoreOfHtml(String html) {
        Counts total = new Counts();
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html);
        fragment.select(".term-tip").remove(); // dictionary tooltips are not part of the article's text
        for (Element block : fragment.select("p, li, h3, h4, td, th")) {
            if (block.select("p, li").size() > (block.is("p, li") ? 1 : 0)) {
                continue; // a list item holding paragraphs is counted through them
            }
            total.add(count(block.text()));
        }
        return total.score();
    }

    /** The scores of plain text. */
    public static Score score(String text) {
        return count(text).score();
    }

    /** The Flesch–Kincaid grade of rendered section HTML; see {@link #scoreOfHtml(String)}. */
    public static double gradeOfHtml(String html) {
        return scoreOfHtml(html).fleschKincaidGrade();
    }

    /** The Flesch–Kincaid grade of plain text. */
    public static double grade(String text) {
        return score(text).fleschKincaidGrade();
    }

    private static Counts count(String text) {
        Counts counts = new Counts();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            int syllables = syllables(words.group());
            counts.words++;
            counts.syllables += syllables;
            if (syllables >= 3) {
                counts.polysyllables++;
            }
        }
        Matcher ends = SENTENCE_END.matcher(text.strip());
        while (ends.find()) {
            counts.sentences++;
        }
        if (counts.words > 0
                && !SENTENCE_END
                        .matcher(text.strip())
                        .find(Math.max(0, text.strip().length() - 1))) {
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
        int polysyllables;

        void add(Counts other) {
            words += other.words;
            sentences += other.sentences;
            syllables += other.syllables;
            polysyllables += other.polysyllables;
        }

        Score score() {
            if (words == 0 || sentences == 0) {
                return new Score(0, 0, words, sentences);
            }
            double fleschKincaid = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
            double smog = 1.0430 * Math.sqrt(polysyllables * (30.0 / sentences)) + 3.1291;
            return new Score(fleschKincaid, smog, words, sentences);
        }
    }
}
