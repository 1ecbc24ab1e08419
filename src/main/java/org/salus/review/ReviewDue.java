package org.salus.review;

import java.time.LocalDate;

/** A published article and the date its medical review falls due. */
public record ReviewDue(String slug, String title, LocalDate due) {}
