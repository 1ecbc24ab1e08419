package org.salus.cdn;

import java.util.Collection;

/**
 * How the static edition purges the files nginx serves. nginx names each file's key from its
 * address ({@link CdnKeys#page}, deploy/nginx/salus-static.conf), since a file cannot know the
 * ids its page shows; the edition tells the purge queue which files it rewrote or removed, after
 * it did, so a CDN that refetches at once gets the new file. Present on a node with
 * {@code salus.cdn.purge-file} set.
 */
public interface PagePurges {

    /** These addresses' files were written, replaced by their 410 page, or removed. */
    void pagesChanged(long position, Collection<String> addresses);

    /** The whole edition was written anew (a restore, another version, a first start): purges {@link CdnKeys#ALL}. */
    void everyPageChanged(long position);
}
