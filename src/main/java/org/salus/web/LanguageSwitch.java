package org.salus.web;

import java.util.Map;

/**
 * Where the layout's language switch goes from one page: the same page in the other language when
 * it has one, else the other language's home (docs/languages.md).
 *
 * @param lang the language of the page it goes to ({@code hreflang})
 * @param href the site path it goes to
 * @param alternates for a page that is not content and has a twin under {@code /es}, each language's
 *     site path (the layout writes them as {@code <link rel="alternate" hreflang>}); empty for a
 *     content page, whose template writes its translation group's alternates itself
 */
public record LanguageSwitch(String lang, String href, Map<String, String> alternates) {

    public LanguageSwitch {
        alternates = Map.copyOf(alternates);
    }
}
