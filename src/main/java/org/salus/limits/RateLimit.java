package org.salus.limits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * A limit of {@code tokens} per {@code period}: a full bucket holds that many, and it refills
 * evenly (greedily) so that it is full again one period after it was emptied.
 */
public record RateLimit(int tokens, Duration period) {

    private static final int MAX_KEY_LENGTH = 200;

    public RateLimit {
        if (tokens < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one token and a positive period");
        }
    }

    Bandwidth bandwidth() {
        return Bandwidth.builder().capacity(tokens).refillGreedy(tokens, period).build();
    }

    BucketConfiguration bucketConfiguration() {
        return BucketConfiguration.builder().addLimit(bandwidth()).build();
    }

    /**
     * Where the bucket of {@code key} under this limit is kept. The limit is part of it, so that a
     * changed setting starts fresh buckets instead of meeting buckets stored with the old one
     * (Bucket4j keeps the configuration a bucket was created with). Keys that are long or hold
     * characters PostgreSQL refuses in text (a user name is whatever was typed) are hashed.
     */
    String storageKey(String key) {
        String full = key + "#" + tokens + "/" + period;
        if (full.length() <= MAX_KEY_LENGTH && full.indexOf('\0') < 0) {
            return full;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(full.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
