/**
 * Readers' stories and the questions they answer: tables {@code story}, {@code story_finding},
 * {@code story_report}, {@code story_vote}, {@code question}, {@code site_secret}; routes under
 * {@code /topics/{slug}/questions}, {@code /moderation} and {@code /editor/articles/{slug}/questions}.
 * Other packages use {@link org.salus.story.PublishedStories} and {@link org.salus.story.Question}.
 */
package org.salus.story;
