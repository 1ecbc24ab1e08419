/**
 * Screens a submitted story before moderation (contact details, names, record numbers, crisis
 * language, spam, profanity) with {@link org.salus.story.screening.StoryScreener}. Internals of
 * {@code story}.
 */
package org.salus.story.screening;
