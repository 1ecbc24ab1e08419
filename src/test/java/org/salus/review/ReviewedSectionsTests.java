package org.salus.review;

/** Section comments and section confirmations on the embedded H2 database. */
class ReviewedSectionsTests extends ReviewedSectionsContract {}
