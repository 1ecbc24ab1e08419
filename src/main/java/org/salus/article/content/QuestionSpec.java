package org.salus.article.content;

/** A question a content file asks readers about its topic: a short title and the prompt. */
public record QuestionSpec(String title, String prompt) {}
