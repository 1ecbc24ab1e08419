package org.salus.article;

/** A section as an editor writes it: type, heading and Markdown body. */
public record SectionDraft(SectionType type, String heading, String markdown) {}
