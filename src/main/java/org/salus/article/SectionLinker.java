package org.salus.article;

/**
 * Adds links to a section's rendered, sanitised HTML when a revision is stored — the medical
 * dictionary implements it. Linking is presentation: it never needs a new medical review.
 */
public interface SectionLinker {

    /** @param anchor the section's anchor, to keep element ids unique on the page */
    String link(String html, String anchor);
}
