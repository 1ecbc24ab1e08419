package org.salus.api;

import java.time.LocalDate;

/** Where syndicated text comes from and when it was imported; it was not reviewed by this site. */
public record SyndicationRecord(String attribution, LocalDate importedOn) {}
