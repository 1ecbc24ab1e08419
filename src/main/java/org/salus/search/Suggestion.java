package org.salus.search;

/**
 * One type-ahead suggestion, as {@code /search/suggest} returns it.
 *
 * @param label  the title of the article or term
 * @param match  the other name the typed words matched ("HBP" for High Blood Pressure), or null
 * @param kind   {@code article}, {@code quiz} or {@code term}
 */
public record Suggestion(String label, String match, String kind, String type, String url) {}
