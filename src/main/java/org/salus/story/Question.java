package org.salus.story;

/**
 * A question doctors ask readers about a topic, with how many published stories answer it; its page
 * speaks the topic's language ({@code articleLanguage}).
 */
public record Question(
        long id,
        long articleId,
        String articleSlug,
        String articleTitle,
        String articleLanguage,
        String slug,
        String title,
        String prompt,
        int publishedStories) {}
