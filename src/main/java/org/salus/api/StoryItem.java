package org.salus.api;

/**
 * A published patient story: the text as the moderator published it (personal data masked),
 * never what was submitted.
 */
public record StoryItem(long id, String displayName, String relationship, String ageRange, String text,
        int helpfulCount) {
}
