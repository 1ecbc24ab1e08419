package org.salus.infobutton;

import java.time.Instant;
import java.util.List;

/**
 * One knowledge response, as the HL7 SOA implementation guide (§4.2) shapes it: an Atom feed
 * whose categories reflect the request and whose entries are the matching articles. Built once,
 * then written as Atom XML ({@link AtomFeedWriter}) or JSON ({@link JsonFeedWriter}).
 *
 * @param self the absolute address that answers this feed again (Atom's {@code rel="self"})
 */
record KnowledgeFeed(
        String id,
        String language,
        String base,
        String self,
        String title,
        String subtitle,
        String authorName,
        String authorUri,
        Instant updated,
        List<Category> categories,
        List<Entry> entries) {

    record Category(String scheme, String term) {}

    /** An article: its page is {@code href}, and its categories say which code matched. */
    record Entry(
            String id,
            String language,
            String title,
            String href,
            Instant updated,
            String summary,
            List<Category> categories) {}
}
