package org.salus.dictionary;

/** The term repository contract on the embedded H2 database (PostgreSQL mode). */
class TermRepositoryTests extends TermRepositoryContract {}
