package org.salus.api.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.salus.audit.AuditLog;
import org.salus.changes.CachedContent;
import org.salus.changes.Change;
import org.salus.changes.ChangeLog;
import org.salus.changes.ContentCaches;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks API keys.
 * <p>
 * A token is 32 bytes from {@link SecureRandom} (256 bits), so it cannot be guessed and its
 * SHA-256 cannot be reversed by trying candidates: a slow password hash (bcrypt) adds nothing
 * here and would cost ~100 ms on every API request. A plain hash also lets the database find the
 * key by an index on the hash. The token starts with {@value #PREFIX} so that secret scanners
 * and people recognise it.
 * <p>
 * Checks are cached so the hot path costs no query; issuing or revoking a key appends to the
 * change log, which drops the cached checks on every node within a second.
 */
@Service
public class ApiKeys {

    static final String PREFIX = "salus_";
    /** Longest header value looked at; anything longer is not one of our tokens. */
    public static final int MAX_TOKEN_LENGTH = 100;

    private final ApiKeyRepository keys;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ChangeLog changes;
    // Dropped on every node when a key is issued or revoked (the change log).
    private final Cache<String, Optional<ApiKey>> checks;

    ApiKeys(ApiKeyRepository keys, AuditLog audit, Clock clock, ChangeLog changes, ContentCaches caches) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
        this.changes = changes;
        this.checks = caches.get(CachedContent.API_KEY_CHECKS);
    }

    /** A new key named {@code name}; the returned token is not stored anywhere. */
    @Transactional
    public IssuedKey issue(String name, String admin) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = token.substring(0, PREFIX.length() + 6);
        long id = keys.insert(name, prefix, hash(token), admin, clock.instant());
        audit.recordAccount(admin, "api-key.issued", "#" + id, "#" + id + " " + name + " (" + prefix + "…)");
        changes.append(Change.of(Change.Kind.API_KEY_ISSUED).apiKey(id)); // a cached "unknown" answer goes
        return new IssuedKey(keys.find(id).orElseThrow(), token);
    }

    public List<ApiKey> all() {
        return keys.all();
    }

    /** Revokes a key; false when there is no live key with this id. */
    @Transactional
    public boolean revoke(long id, String admin) {
        boolean revoked = keys.revoke(id, admin, clock.instant());
        if (revoked) {
            ApiKey key = keys.find(id).orElseThrow();
            audit.recordAccount(admin, "api-key.revoked", "#" + id, "#" + id + " " + key.name());
            changes.append(Change.of(Change.Kind.API_KEY_REVOKED).apiKey(id));
        }
        return revoked;
    }

    /** The live key for a token sent by a client; empty for unknown, malformed or revoked tokens. */
    public Optional<ApiKey> check(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        return checks.get(hash, h -> keys.findByHash(h).filter(key -> !key.revoked()));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
