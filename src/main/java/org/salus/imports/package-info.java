/**
 * Importing articles from outside sources (MedlinePlus, MedQuAD) and the admin upload page: tables
 * {@code import_job}, {@code article_origin}, {@code article_group}; routes {@code /admin/imports}.
 * Its importers, in the subpackages, create and update articles through
 * {@link org.salus.imports.ExternalArticles}. No other feature depends on it.
 */
package org.salus.imports;
