package org.salus.review;

import org.salus.testsupport.PostgresTest;

/** The quiz workflow contract on a real PostgreSQL server. */
@PostgresTest
class QuizWorkflowPostgresTests extends QuizWorkflowContract {}
