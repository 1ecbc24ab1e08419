package org.salus.article;

import java.util.List;
import java.util.Optional;

/**
 * The addresses of governance pages (content type {@link ContentType#PAGE}). An English page is
 * read at {@code /about/{segment}} and its Spanish twin at {@code /es/about/{segment}}, the same
 * segment, as every Spanish twin mirrors its English path (docs/languages.md). The bundled pages
 * have fixed slugs in each language; any other page's segment is its slug.
 */
public final class GovernancePages {

    /** Where the governance pages live; {@code /about} itself is the About page. */
    public static final String PREFIX = "/about";

    /** A bundled page: its English and Spanish slugs and its address segment ("" for About itself). */
    public record Known(String english, String spanish, String segment) {

        /** The page's address in a language, {@code /about/x} or {@code /es/about/x}. */
        public String path(String language) {
            String path = segment.isEmpty() ? PREFIX : PREFIX + "/" + segment;
            return "es".equals(language) ? "/es" + path : path;
        }

        /** The page's name in message keys ({@code governance.footer.<key>}). */
        public String key() {
            return segment.isEmpty() ? "about" : segment;
        }

        /** The slug of the page in a language (English for any language but Spanish). */
        public String slug(String language) {
            return "es".equals(language) ? spanish : english;
        }
    }

    /** The bundled pages, in the footer's order. */
    public static final List<Known> KNOWN = List.of(
            new Known("about", "acerca-de", ""),
            new Known("editorial-policy", "politica-editorial", "editorial-policy"),
            new Known("reviewers-and-conflicts-of-interest", "revisores-y-conflictos-de-interes", "reviewers"),
            new Known("privacy-notice", "aviso-de-privacidad", "privacy"),
            new Known("accessibility-statement", "declaracion-de-accesibilidad", "accessibility"),
            new Known("contact", "contacto", "contact"),
            new Known("advertising-and-funding", "publicidad-y-financiacion", "advertising-and-funding"));

    private GovernancePages() {}

    /** The reader's address of the governance page with this slug. */
    public static String path(String slug) {
        for (Known page : KNOWN) {
            if (page.english().equals(slug)) {
                return page.path("en");
            }
            if (page.spanish().equals(slug)) {
                return page.path("es");
            }
        }
        return PREFIX + "/" + slug;
    }

    /** The slug read at {@code /about/{segment}} (English, or any page without a fixed address), or at {@code /es/about/{segment}}. */
    public static Optional<String> slugAt(String language, String segment) {
        for (Known page : KNOWN) {
            if (page.segment().equals(segment)) {
                return Optional.of(page.slug(language));
            }
        }
        // A page an editor added has its slug as its segment, in English only: no fixed Spanish twin.
        return "es".equals(language) || segment.isEmpty() ? Optional.empty() : Optional.of(segment);
    }
}
