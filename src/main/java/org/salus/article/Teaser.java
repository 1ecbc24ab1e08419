package org.salus.article;

/**
 * Short forms of a summary for "must read" lists and meta descriptions: cut at a word
 * boundary, never inside a word, with an ellipsis when anything was cut.
 */
public final class Teaser {

    private Teaser() {}

    public static String cut(String text, int maxLength) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= maxLength) {
            return clean;
        }
        int end = clean.lastIndexOf(' ', maxLength - 1);
        if (end <= 0) {
            end = maxLength - 1; // one enormous word: cutting inside it is the only choice
        }
        String cut = clean.substring(0, end).replaceAll("[\\s,;:.\\-–—]+$", "");
        return cut + "…";
    }
}
