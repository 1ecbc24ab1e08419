package org.salus.story;

/** A question doctors ask readers about a topic, with how many published stories answer it. */
public record Question(
        long id,
        long articleId,
        String articleSlug,
        String articleTitle,
        String slug,
        String title,
        String prompt,
        int publishedStories) {}
