package org.salus.edition;

import java.util.LinkedHashSet;
import java.util.Set;

import org.salus.changes.Change;

/**
 * What a run of changes asks the edition to render again, gathered until the writer takes it. A
 * change names the articles whose pages it alters (the published one, the pages whose teasers or
 * translation links show it), the terms, or everything (a restore); the lists, homes, feed and
 * sitemaps follow from those ({@link EditionWriter#update}).
 */
final class Affected {

    private final Set<Long> articles = new LinkedHashSet<>();
    private final Set<Long> terms = new LinkedHashSet<>();
    private final Set<String> addresses = new LinkedHashSet<>();
    private boolean allArticles;
    private boolean everything;

    /** A copy to work on: what was gathered so far. */
    record Snapshot(
            Set<Long> articles, Set<Long> terms, Set<String> addresses, boolean allArticles, boolean everything) {

        boolean isEmpty() {
            return articles.isEmpty() && terms.isEmpty() && addresses.isEmpty() && !allArticles && !everything;
        }

        boolean touchesArticles() {
            return allArticles || !articles.isEmpty();
        }

        boolean touchesTerms() {
            return !terms.isEmpty();
        }
    }

    synchronized void add(Change change) {
        everything |= change.everything();
        allArticles |= change.allArticles();
        articles.addAll(change.articles());
        terms.addAll(change.terms());
    }

    /** Addresses to try again (the app could not answer for them). */
    synchronized void retry(Set<String> failed) {
        addresses.addAll(failed);
    }

    synchronized void everything() {
        everything = true;
    }

    synchronized boolean hasRetries() {
        return !addresses.isEmpty();
    }

    /** What was gathered; starts gathering anew. */
    synchronized Snapshot take() {
        Snapshot snapshot =
                new Snapshot(Set.copyOf(articles), Set.copyOf(terms), Set.copyOf(addresses), allArticles, everything);
        articles.clear();
        terms.clear();
        addresses.clear();
        allArticles = false;
        everything = false;
        return snapshot;
    }
}
