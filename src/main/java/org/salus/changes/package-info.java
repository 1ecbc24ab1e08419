/**
 * The change log that keeps the nodes of a cluster in step: table {@code change_log}. Shared
 * plumbing: features append a {@link org.salus.changes.Change} through
 * {@link org.salus.changes.ChangeLog}, and cached content follows it through
 * {@link org.salus.changes.ContentCaches}; it depends on no feature.
 */
package org.salus.changes;
