/**
 * The {@code import medlineplus} importer of the MedlinePlus health-topics XML. Internals of
 * {@code imports}.
 */
package org.salus.imports.medlineplus;
