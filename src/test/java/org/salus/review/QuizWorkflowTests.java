package org.salus.review;

/** The quiz workflow contract on the embedded H2 database. */
class QuizWorkflowTests extends QuizWorkflowContract {}
