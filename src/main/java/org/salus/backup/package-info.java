/**
 * Backup and restore of the whole site: {@code export FILE} and {@code import backup FILE}. It reads
 * and writes every table generically from the database's own schema (so a new table is included
 * without code here) and writes readable Markdown copies of articles and terms beside the dump.
 * No package depends on it.
 */
package org.salus.backup;
