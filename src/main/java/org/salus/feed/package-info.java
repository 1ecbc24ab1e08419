/**
 * Feeds and crawler files built from published articles, quizzes and terms: routes {@code /feed.atom},
 * {@code /sitemap.xml}, {@code /sitemaps/{file}}, {@code /robots.txt}. It owns no table; it reads the
 * article and dictionary tables. No package depends on it.
 */
package org.salus.feed;
