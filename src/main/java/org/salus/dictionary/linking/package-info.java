/**
 * Finds dictionary terms in article text and links their first use
 * ({@link org.salus.dictionary.linking.TermLinker}). Internals of {@code dictionary}.
 */
package org.salus.dictionary.linking;
