package org.salus.api.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * API key storage on every supported database. Subclasses: {@link ApiKeyRepositoryTests} (H2)
 * and {@link ApiKeyRepositoryPostgresTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Transactional
abstract class ApiKeyRepositoryContract {

    static final Instant NOW = Instant.parse("2026-11-29T10:15:30Z");

    @Autowired
    ApiKeyRepository keys;

    @Test
    void aKeyIsFoundByItsHashListedAndRevokedOnce() {
        long id = keys.insert("Clinic app", "salus_abcdef", "a".repeat(64), "admin", NOW);

        ApiKey found = keys.findByHash("a".repeat(64)).orElseThrow();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.name()).isEqualTo("Clinic app");
        assertThat(found.tokenPrefix()).isEqualTo("salus_abcdef");
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.revoked()).isFalse();
        assertThat(keys.all()).extracting(ApiKey::id).contains(id);
        assertThat(keys.hashOf(id)).contains("a".repeat(64));

        assertThat(keys.revoke(id, "boss", NOW.plusSeconds(60))).isTrue();
        assertThat(keys.revoke(id, "boss", NOW.plusSeconds(120))).isFalse();
        ApiKey revoked = keys.find(id).orElseThrow();
        assertThat(revoked.revokedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(revoked.revokedBy()).isEqualTo("boss");
        assertThat(keys.findByHash("b".repeat(64))).isEmpty();
    }

    @Test
    void newestKeysAreListedFirst() {
        long older = keys.insert("Older", "salus_older1", "c".repeat(64), "admin", NOW);
        long newer = keys.insert("Newer", "salus_newer1", "d".repeat(64), "admin", NOW.plusSeconds(5));

        assertThat(keys.all()).extracting(ApiKey::id).containsSubsequence(newer, older);
    }
}
