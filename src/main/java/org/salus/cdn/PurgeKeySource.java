package org.salus.cdn;

import java.util.Set;

import org.salus.changes.Change;

/**
 * Implemented by a feature whose pages a change alters without naming them: a publication adds the
 * article to the dictionary pages of the words it links, and a new quiz to the topic pages it is
 * about. The purge queue adds these keys to {@link CdnKeys#toPurge}'s. Called on the purging node
 * only, after the change committed; it reads current state.
 */
public interface PurgeKeySource {

    Set<String> keysFor(Change change);
}
