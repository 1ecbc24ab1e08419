/**
 * CDN support: the naming of cache keys ({@link org.salus.cdn.CdnKeys}) that reader responses
 * name in {@code Surrogate-Key}/{@code Cache-Tag} headers ({@link org.salus.cdn.SurrogateKeys}),
 * {@code stale-while-revalidate}/{@code stale-if-error} on those responses, and the purge queue
 * that follows the change log ({@link org.salus.cdn.PurgeQueue}); settings {@code salus.cdn.*}
 * (docs/cdn.md). Shared plumbing: it uses {@code changes} and depends on no feature; features tag
 * their responses and add purge keys through {@link org.salus.cdn.PurgeKeySource}.
 */
package org.salus.cdn;
