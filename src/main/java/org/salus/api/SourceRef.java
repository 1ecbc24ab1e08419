package org.salus.api;

import java.time.LocalDate;

/** Where the article's facts come from. */
public record SourceRef(String organisation, String title, String url, LocalDate accessedOn) {
}
