package org.salus.cdshooks.feedback;

/**
 * One article's cards in EHRs over the editors' window: shown (issued in an answer), and of those
 * accepted or overridden at least once. Cards users ignored get no feedback, per the spec.
 */
public record CardUsage(long shown, long accepted, long overridden) {}
