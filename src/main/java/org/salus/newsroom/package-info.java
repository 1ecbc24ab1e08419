/**
 * The newsroom: each signed-in person's editorial home ({@code /editor}) with what needs them
 * today and links to every page their roles may use, the work counts in the editorial header, and
 * notifications (in-app, and by e-mail when configured) derived from the audit log. Reads the other
 * features through their public queries, or read-only SQL where none exists; changes nothing of
 * theirs. See docs/newsroom.md.
 */
package org.salus.newsroom;
