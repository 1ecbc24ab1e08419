package org.salus.api;

import java.time.LocalDate;

/** A clinical change that went live, as in the page's "What changed" list. */
public record ChangeNote(LocalDate date, String note) {}
