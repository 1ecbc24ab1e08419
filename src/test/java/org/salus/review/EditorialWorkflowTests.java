package org.salus.review;

/** The workflow contract on the embedded H2 database. */
class EditorialWorkflowTests extends EditorialWorkflowContract {}
