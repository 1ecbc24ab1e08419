package org.salus.api;

/** One dictionary term in a list. */
public record TermSummary(
        String slug, String name, String language, String shortDefinition, String url, String apiUrl) {}
