package org.salus.cdshooks.feedback;

/** The feedback SQL on the embedded H2 database. */
class CardRecordsTests extends CardRecordsContract {}
