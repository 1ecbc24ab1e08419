package org.salus.quality;

import java.util.List;

/**
 * The medical words the site's dictionary explains, for the "medical terms defined" check. The
 * dictionary implements it (it depends on the editorial packages, so this package cannot depend on it).
 */
public interface KnownTerms {

    /** A term's slug and every name it goes by (its name and synonyms). */
    record Term(String slug, List<String> names) {}

    /** The terms in {@code language} that are worth defining (the dictionary's linkable ones). */
    List<Term> inLanguage(String language);
}
