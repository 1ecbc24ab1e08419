package org.salus.story.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words with their offsets, without regular expressions (so very long inputs
 * cannot exhaust the regex engine's stack). A word is a run of letters and digits, which may
 * contain an apostrophe or hyphen between two such characters ("don't", "A1C", "self-care").
 */
final class Words {

    /** One word and where it is in the text. */
    record Word(int start, int end, String text) {}

    private Words() {}

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text, i))) {
                i++;
            }
            words.add(new Word(start, i, text.substring(start, i)));
        }
        return words;
    }

    private static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’' || c == '-')
                && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** Number of letters in the word. */
    static int letters(Word word) {
        return (int) word.text().chars().filter(Character::isLetter).count();
    }

    /** True when the word has letters, starts with a capital and has no lower-case letter. */
    static boolean allCapitals(Word word) {
        String text = word.text();
        return Character.isUpperCase(text.charAt(0)) && text.chars().noneMatch(Character::isLowerCase);
    }
}
