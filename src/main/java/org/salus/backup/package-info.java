/**
 * Backup and restore of the whole site: {@code export FILE} and {@code import backup FILE}. It reads
 * and writes every table generically from the database's own schema (so a new table is included
 * without code here) and writes readable Markdown copies of articles and terms beside the dump;
 * an article revision's copy is a content file, its body written by {@code article.ContentBody},
 * the writer the editor's form uses, so the two never drift apart. No package depends on it.
 */
package org.salus.backup;
