package org.salus.api;

/** A question doctors ask readers about an article, with its count of published stories. */
public record QuestionSummary(
        String slug, String title, String prompt, int publishedStories, String url, String storiesUrl) {}
