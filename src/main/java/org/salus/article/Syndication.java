package org.salus.article;

import java.time.LocalDate;

/**
 * A revision published as syndicated content: the text of {@code attribution} as imported on
 * {@code importedOn}, not reviewed by this site's medical reviewers.
 */
public record Syndication(String attribution, LocalDate importedOn) {}
