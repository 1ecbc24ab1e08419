package org.salus.article;

import java.time.LocalDate;

/** Where an article's facts come from: shown on the page as a SOURCE line. */
public record Source(String organisation, String title, String url, LocalDate accessedOn) {}
