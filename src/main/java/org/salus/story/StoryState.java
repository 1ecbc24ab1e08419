package org.salus.story;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Only {@link #PUBLISHED} stories are ever shown to readers. */
public enum StoryState {
    PENDING,
    PUBLISHED,
    REJECTED,
    REMOVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StoryState> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
