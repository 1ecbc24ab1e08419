/**
 * Editing dictionary terms through the same write, review and publish steps as articles: table
 * {@code term_revision}; routes under {@code /editor/dictionary}. Internals of {@code dictionary}.
 */
package org.salus.dictionary.editing;
