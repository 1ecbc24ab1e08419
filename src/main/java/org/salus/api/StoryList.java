package org.salus.api;

import java.util.List;

/** A page of a question's published stories, newest first; {@code next} is null on the last page. */
public record StoryList(String article, String question, List<StoryItem> items, int total, int offset, int limit,
        String next) {
}
