package org.salus.api.keys;

import java.time.Instant;

/**
 * An issued API key as stored: never the token itself, only its first characters (so an
 * administrator can tell keys apart) and its hash.
 */
public record ApiKey(
        long id,
        String name,
        String tokenPrefix,
        Instant createdAt,
        String createdBy,
        Instant revokedAt,
        String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
