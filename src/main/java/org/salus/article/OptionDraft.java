package org.salus.article;

/** An answer option of a quiz question as an editor writes it. */
public record OptionDraft(String text, boolean correct) {}
