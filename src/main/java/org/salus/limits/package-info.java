/**
 * Rate limits, per node or shared by all nodes: table {@code rate_limit_bucket} (PostgreSQL).
 * Shared plumbing: features use {@link org.salus.limits.RateLimit} and
 * {@link org.salus.limits.RateLimitBuckets}; it depends on no feature.
 */
package org.salus.limits;
