package org.salus.api;

/**
 * One section: its type (overview, causes, …), heading, anchor on the page, the Markdown as
 * reviewed, and the HTML rendered and sanitised from it (dictionary links included).
 */
public record SectionBody(String type, String heading, String anchor, String markdown, String html) {}
