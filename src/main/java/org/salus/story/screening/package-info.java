/**
 * Screens a submitted story before moderation (contact details, names, record numbers, crisis
 * language, spam, profanity) with {@link org.salus.story.screening.StoryScreener}. Internals of
 * {@code story}, also used by {@code feedback} to screen page feedback comments the same way.
 */
package org.salus.story.screening;
