package org.salus.image;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an editor types with an upload. The picture itself carries no words a screen reader can
 * use, so alt text is required in both site languages, and so are a credit and a licence (who
 * may be reused, and on what terms). Captions are optional: a figure without one shows the credit.
 */
public record ImageUpload(
        String slug, String altEn, String altEs, String captionEn, String captionEs, String credit, String licence) {

    static final int MAX_TEXT = 300;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ImageUpload {
        slug = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        altEn = clean(altEn);
        altEs = clean(altEs);
        captionEn = clean(captionEn);
        captionEs = clean(captionEs);
        credit = clean(credit);
        licence = clean(licence);
    }

    /** The message key of the first thing missing or wrong, or empty when the words are complete. */
    Optional<String> problem() {
        if (slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            return Optional.of("image.refused.slug");
        }
        if (altEn.isEmpty() || altEs.isEmpty()) {
            return Optional.of("image.refused.alt");
        }
        if (credit.isEmpty() || licence.isEmpty()) {
            return Optional.of("image.refused.credit");
        }
        for (String text : new String[] {altEn, altEs, captionEn, captionEs, credit, licence}) {
            if (text.length() > MAX_TEXT) {
                return Optional.of("image.refused.textTooLong");
            }
        }
        return Optional.empty();
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
