package org.salus.article;

/**
 * A stored section: the Markdown as written and the HTML rendered and sanitised from it when
 * the revision was saved. {@code anchor} is the stable fragment id of the section on the page.
 */
public record Section(SectionType type, String heading, String anchor, String markdown, String html) {}
