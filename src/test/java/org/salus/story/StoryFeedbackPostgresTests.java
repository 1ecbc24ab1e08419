package org.salus.story;

import org.salus.testsupport.PostgresTest;

/** The stories contract on a real PostgreSQL server (run by {@code .ci/run}). */
@PostgresTest
class StoryFeedbackPostgresTests extends StoryFeedbackContract {}
