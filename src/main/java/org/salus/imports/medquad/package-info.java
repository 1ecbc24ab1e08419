/**
 * The {@code import medquad} importer of the MedQuAD question-answer collection (folder or zip).
 * Internals of {@code imports}.
 */
package org.salus.imports.medquad;
