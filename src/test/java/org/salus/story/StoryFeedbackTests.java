package org.salus.story;

/** The stories contract on the embedded H2 database. */
class StoryFeedbackTests extends StoryFeedbackContract {}
