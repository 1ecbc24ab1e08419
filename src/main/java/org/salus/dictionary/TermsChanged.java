package org.salus.dictionary;

/** Terms were added, changed or retired; the linker's matcher and the search index follow. */
public record TermsChanged(int count) {}
