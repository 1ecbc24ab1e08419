/**
 * Articles and their revisions, the reader's topic pages and the reviewer pages: tables
 * {@code article}, {@code article_slug_alias}, {@code article_translation}, {@code code_system},
 * {@code revision} and its {@code revision_*} tables, {@code revision_publication},
 * {@code syndicated_publication}, {@code medical_review}, {@code section_review}, {@code reviewer_profile}; routes {@code /topics},
 * {@code /topics/{slug}}, {@code /reviewers/{slug}}, the governance pages {@code /about[/x]} and {@code /es/about[/x]}
 * ({@link org.salus.article.GovernancePages}). Other features read and write articles through its
 * public repositories and value types; content files are read in {@link org.salus.article.content}.
 */
package org.salus.article;
