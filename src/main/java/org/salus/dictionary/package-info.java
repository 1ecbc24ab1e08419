/**
 * The health dictionary: tables {@code term}, {@code term_code}, {@code term_synonym},
 * {@code term_related_term}, {@code term_related_article} (and, for its editing,
 * {@code term_revision}); routes {@code /dictionary}, {@code /dictionary/{slug}}. Other packages use
 * {@link org.salus.dictionary.Dictionary}, {@link org.salus.dictionary.LiveTerms},
 * {@link org.salus.dictionary.Term} and {@link org.salus.dictionary.TermDraft}.
 */
package org.salus.dictionary;
