package org.salus.review;

import org.salus.article.ContentType;

/** The stable identity of an article being created or edited. */
public record ArticleIdentity(String slug, String language, ContentType contentType) {}
