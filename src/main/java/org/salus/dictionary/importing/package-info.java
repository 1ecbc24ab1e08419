/**
 * The {@code import nci-glossary} importer of the NCI cancer-terms glossary (TSV or the CDR XML
 * export). Internals of {@code dictionary}; Disease Ontology is in
 * {@link org.salus.dictionary.importing.ontology}.
 */
package org.salus.dictionary.importing;
