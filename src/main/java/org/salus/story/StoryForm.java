package org.salus.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salus.web.ControlCharacters;

/**
 * The story form as typed. Every field is checked here with a message key per field; the
 * {@code website} field is a honeypot that people never see and bots fill in.
 */
public record StoryForm(
        String displayName,
        String relationship,
        String ageRange,
        String sex,
        String story,
        Boolean agree,
        String website) {

    public static final int MIN_STORY = 50;
    public static final int MAX_STORY = 5000;
    public static final int MAX_NAME = 40;
    public static final List<String> AGE_RANGES = List.of("under-18", "18-29", "30-44", "45-64", "65-plus");
    public static final List<String> SEXES = List.of("female", "male", "other");

    public static StoryForm empty() {
        return new StoryForm("", "patient", "", "", "", false, "");
    }

    /** An unticked checkbox sends nothing, so a missing value means "did not agree". */
    public boolean agreed() {
        return Boolean.TRUE.equals(agree);
    }

    public boolean isBot() {
        return website != null && !website.isBlank();
    }

    /** Field name → message key of what is wrong; empty when the story may be stored. */
    public Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = text(displayName);
        if (name.length() < 2 || name.length() > MAX_NAME) {
            errors.put("displayName", "story.error.displayName");
        }
        if (!ControlCharacters.isClean(displayName)) {
            errors.put("displayName", "story.error.controlCharacters");
        }
        if (Relationship.fromCode(text(relationship)).isEmpty()) {
            errors.put("relationship", "story.error.relationship");
        }
        if (!text(ageRange).isEmpty() && !AGE_RANGES.contains(text(ageRange))) {
            errors.put("ageRange", "story.error.ageRange");
        }
        if (!text(sex).isEmpty() && !SEXES.contains(text(sex))) {
            errors.put("sex", "story.error.sex");
        }
        int length = text(story).length();
        if (length < MIN_STORY || length > MAX_STORY) {
            errors.put("story", "story.error.length");
        }
        if (!ControlCharacters.isClean(story)) {
            errors.put("story", "story.error.controlCharacters");
        }
        if (!agreed()) {
            errors.put("agree", "story.error.agree");
        }
        return errors;
    }

    /**
     * The form to show again after a refusal: what was typed, less the control characters the
     * server refuses (the reader could not see them to delete them).
     */
    public StoryForm withoutControlCharacters() {
        return new StoryForm(
                ControlCharacters.removed(displayName),
                relationship,
                ageRange,
                sex,
                ControlCharacters.removed(story),
                agree,
                website);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
