package org.salus.feed;

/** The feed and sitemap SQL on the embedded H2 database. */
class FeedRepositoryTests extends FeedRepositoryContract {}
