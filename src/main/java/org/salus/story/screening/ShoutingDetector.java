package org.salus.story.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Shouting: text written mostly in capitals. Flags the whole text when it has at least
 * {@value #MIN_LETTERS} letters and more than 60% of them are capitals; otherwise flags any run
 * of {@value #MIN_RUN_WORDS} or more all-capital words with at least {@value #MIN_LETTERS} letters
 * ("I WAS SO ANGRY THAT NOBODY WOULD LISTEN"). Abbreviations in normal sentences ("my A1C and
 * HDL", "PCOS") never get near either limit.
 */
final class ShoutingDetector implements Detector {

    static final int MIN_LETTERS = 20;
    static final int MIN_RUN_WORDS = 6;
    private static final double SHOUTING_SHARE = 0.6;

    @Override
    public void detect(String text, List<Finding> out) {
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            }
        }
        if (letters >= MIN_LETTERS && capitals > SHOUTING_SHARE * letters) {
            int start = firstNonSpace(text);
            int end = lastNonSpace(text);
            out.add(Finding.at(text, Flag.SHOUTING, start, end, "Mostly written in capital letters"));
            return;
        }
        List<Words.Word> run = new ArrayList<>();
        for (Words.Word word : Words.of(text)) {
            if (Words.allCapitals(word)) {
                run.add(word);
            } else {
                report(text, run, out);
                run.clear();
            }
        }
        report(text, run, out);
    }

    private static void report(String text, List<Words.Word> run, List<Finding> out) {
        int letters = run.stream().mapToInt(Words::letters).sum();
        if (run.size() >= MIN_RUN_WORDS && letters >= MIN_LETTERS) {
            out.add(Finding.at(
                    text,
                    Flag.SHOUTING,
                    run.get(0).start(),
                    run.get(run.size() - 1).end(),
                    "A passage written in capitals"));
        }
    }

    static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int lastNonSpace(String text) {
        int i = text.length();
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
