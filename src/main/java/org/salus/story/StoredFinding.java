package org.salus.story;

/** A screening finding as stored beside a story, for the moderator. */
public record StoredFinding(String flag, int start, int end, String excerpt, String explanation) {}
