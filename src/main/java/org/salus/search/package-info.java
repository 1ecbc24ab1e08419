/**
 * Site search with Lucene: the node's own index, rebuilt from the database and kept up to date
 * from the change log; routes {@code /search}, {@code /search/suggest}, {@code /admin/search}. It owns
 * no table. No feature depends on it.
 */
package org.salus.search;
