package org.salus.cdshooks.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.FixedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The replay store on one database; run on H2 ({@link UsedTokenIdsTests}) and PostgreSQL. */
abstract class UsedTokenIdsContract {

    @Autowired
    UsedTokenIds ids;

    @Autowired
    UsedTokenIdCleanup cleanup;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJtiIsFirstUsedOncePerIssuer() {
        String jti = UUID.randomUUID().toString();
        var later = FixedClock.NOW.plusSeconds(300);

        assertThat(ids.firstUse("https://a.example.org/", jti, later)).isTrue();
        assertThat(ids.firstUse("https://a.example.org/", jti, later)).isFalse();
        assertThat(ids.firstUse("https://b.example.org/", jti, later)).isTrue();
    }

    @Test
    void theCleanupForgetsExpiredIdsOnlyAndStoresNothingButIssuerJtiAndExpiry() {
        String expired = UUID.randomUUID().toString();
        String current = UUID.randomUUID().toString();
        ids.firstUse("https://a.example.org/", expired, FixedClock.NOW.minusSeconds(1));
        ids.firstUse("https://a.example.org/", current, FixedClock.NOW.plusSeconds(300));

        cleanup.run();

        assertThat(jdbc.sql("SELECT jti FROM cds_client_jti WHERE jti IN (:a, :b)")
                        .param("a", expired)
                        .param("b", current)
                        .query(String.class)
                        .list())
                .containsExactly(current);
        assertThat(jdbc.sql("SELECT * FROM cds_client_jti WHERE jti = ?")
                        .param(current)
                        .query((rs, n) -> rs.getMetaData().getColumnCount())
                        .single())
                .isEqualTo(3);
    }
}
