package org.salus.article;

/**
 * One line of the A–Z index: an article under its title, or under one of its other names
 * ({@code alternateName} true), which then points to the article's title, as in "Hypertension, see
 * High Blood Pressure". {@code language} is the article's (ISO 639-1), so each language's A–Z
 * lists its own articles. {@code source} is who published a syndicated article's text (its
 * attribution, "National Heart, Lung, and Blood Institute (NHLBI), via MedQuAD"), null for the
 * site's own reviewed articles: entries that share a title show it, so readers can tell them apart.
 */
public record IndexEntry(
        String name,
        String slug,
        String title,
        ContentType contentType,
        String summary,
        boolean alternateName,
        String language,
        String source) {

    /** An entry of the site's own content (no outside source). */
    public IndexEntry(
            String name,
            String slug,
            String title,
            ContentType contentType,
            String summary,
            boolean alternateName,
            String language) {
        this(name, slug, title, contentType, summary, alternateName, language, null);
    }
}
