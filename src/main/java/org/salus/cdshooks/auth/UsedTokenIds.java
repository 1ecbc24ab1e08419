package org.salus.cdshooks.auth;

import java.time.Instant;

import org.salus.db.SqlTimes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one-time {@code jti} of CDS clients' tokens, in table {@code cds_client_jti}: the database's primary
 * key decides which of two nodes saw a token first, so a replay is refused on every node of a cluster.
 * Each insert is its own statement (auto-commit): it is final when the call goes on.
 */
@Component
class UsedTokenIds {

    /** The longest jti accepted (the column's size). */
    static final int MAX_JTI = 255;
    /** The longest issuer a client may be registered with (the column's size). */
    static final int MAX_ISSUER = 500;

    private final JdbcClient jdbc;

    UsedTokenIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a token id as used.
     *
     * @param forgetAfter when the row may be deleted: when the token can no longer be accepted anyway
     * @return true the first time this issuer's jti is seen, false for a replay
     */
    boolean firstUse(String issuer, String jti, Instant forgetAfter) {
        try {
            jdbc.sql("INSERT INTO cds_client_jti (issuer, jti, expires_at) VALUES (:issuer, :jti, :expiresAt)")
                    .param("issuer", issuer)
                    .param("jti", jti)
                    .param("expiresAt", SqlTimes.utc(forgetAfter))
                    .update();
            return true;
        } catch (DuplicateKeyException replay) {
            return false;
        }
    }

    /** Deletes the ids of tokens that expired before {@code now}; returns how many. */
    int forgetExpired(Instant now) {
        return jdbc.sql("DELETE FROM cds_client_jti WHERE expires_at < :now")
                .param("now", SqlTimes.utc(now))
                .update();
    }
}
