/**
 * Source watch: a daily job (one node of a cluster at a time) fetches every source URL that a live
 * revision cites, with a conditional GET, and records what it found in table {@code source_check}
 * (status, final URL, validators, a hash of the page's main text, when it changed). Editors see the
 * findings on an article's editorial page ({@link SourceWatchReport}, used by {@code review}) and in
 * the list {@code /editor/sources}. Outbound requests are bounded and never reach private addresses
 * ({@link SafeFetcher}). Reads the article tables read-only. See docs/sources.md.
 */
package org.salus.sources;
