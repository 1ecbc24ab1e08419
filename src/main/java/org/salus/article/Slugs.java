package org.salus.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slugs are the lowercase, hyphenated form of a title: "High Cholesterol in Children" is
 * {@code high-cholesterol-in-children}. Accents are dropped so Spanish titles make ASCII slugs.
 */
public final class Slugs {

    /** Longest slug an address may carry; longer ones are answered 404 without a lookup. */
    public static final int MAX_LENGTH = 120;

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {}

    public static String of(String text) {
        return of(text, MAX_LENGTH);
    }

    /** The slug of {@code text}, cut at a hyphen so it is at most {@code maxLength} long. */
    public static String of(String text, int maxLength) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        while (slug.length() > maxLength) {
            int cut = slug.lastIndexOf('-', maxLength);
            slug = cut > 0 ? slug.substring(0, cut) : slug.substring(0, maxLength);
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }
}
