/**
 * The {@code import disease-ontology} importer of the Disease Ontology OBO release, with its codes
 * (ICD, SNOMED CT, UMLS). Internals of {@code dictionary.importing}.
 */
package org.salus.dictionary.importing.ontology;
