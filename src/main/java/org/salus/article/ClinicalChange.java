package org.salus.article;

import java.time.LocalDate;

/** A line of the public "What changed" list: when a clinical change went live, and the editor's note. */
public record ClinicalChange(LocalDate date, String note) {
}
