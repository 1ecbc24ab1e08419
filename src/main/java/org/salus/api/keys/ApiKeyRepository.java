package org.salus.api.keys;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for API keys. Keys are looked up by the hash of their token; nothing is deleted. */
@Repository
class ApiKeyRepository {

    private static final String SELECT = """
            SELECT id, name, token_prefix, created_at, created_by, revoked_at, revoked_by FROM api_key""";

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String prefix, String hash, String createdBy, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_key (name, token_prefix, token_hash, created_at, created_by)
                VALUES (:name, :prefix, :hash, :now, :by)""")
                .param("name", name)
                .param("prefix", prefix)
                .param("hash", hash)
                .param("now", utc(now))
                .param("by", createdBy)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Every key, newest first. */
    List<ApiKey> all() {
        return jdbc.sql(SELECT + " ORDER BY created_at DESC, id DESC")
                .query(ApiKeyRepository::row)
                .list();
    }

    Optional<ApiKey> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(ApiKeyRepository::row)
                .optional();
    }

    /** The key whose token hashes to {@code hash}, revoked or not. */
    Optional<ApiKey> findByHash(String hash) {
        return jdbc.sql(SELECT + " WHERE token_hash = :hash")
                .param("hash", hash)
                .query(ApiKeyRepository::row)
                .optional();
    }

    /** Stored hash of a key, for tests that check no token is stored. */
    Optional<String> hashOf(long id) {
        return jdbc.sql("SELECT token_hash FROM api_key WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** Revokes a live key; false when it does not exist or was already revoked. */
    boolean revoke(long id, String by, Instant now) {
        return jdbc.sql("UPDATE api_key SET revoked_at = :now, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                        .param("now", utc(now))
                        .param("by", by)
                        .param("id", id)
                        .update()
                == 1;
    }

    private static ApiKey row(ResultSet rs, int n) throws SQLException {
        return new ApiKey(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "revoked_at"),
                rs.getString("revoked_by"));
    }
}
