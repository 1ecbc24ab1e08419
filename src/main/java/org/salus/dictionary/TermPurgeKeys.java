package org.salus.dictionary;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.salus.cdn.CdnKeys;
import org.salus.cdn.PurgeKeySource;
import org.salus.changes.Change;
import org.springframework.stereotype.Component;

/**
 * A publication adds its article to the "articles that use this word" list of every term its text
 * links to, pages that did not name the article before: their keys are purged with the change's.
 * (A retirement or a dropped link needs nothing here: the term page named the article.)
 */
@Component
class TermPurgeKeys implements PurgeKeySource {

    /** How the linker and term lists link a term ({@link TermLinkIndex} reads the same). */
    private static final Pattern LINK = Pattern.compile("href=\"/dictionary/([a-z0-9-]+)\"");

    private final TermRepository terms;

    TermPurgeKeys(TermRepository terms) {
        this.terms = terms;
    }

    @Override
    public Set<String> keysFor(Change change) {
        if (change.articles().isEmpty()
                || change.kind() == Change.Kind.STORIES_CHANGED
                || change.kind() == Change.Kind.QUESTIONS_CHANGED) {
            return Set.of();
        }
        return terms.termsListing(change.articles(), change.slugs()).stream()
                .map(CdnKeys::term)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static void linkedSlugs(String html, Collection<String> into) {
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            into.add(link.group(1));
        }
    }
}
