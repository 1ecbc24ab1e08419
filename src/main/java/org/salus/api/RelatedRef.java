package org.salus.api;

/** A related published article. */
public record RelatedRef(String slug, String title, String summary, String url, String apiUrl) {}
