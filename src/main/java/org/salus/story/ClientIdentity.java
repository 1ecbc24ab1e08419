package org.salus.story;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who a reader is, for one-vote-per-client rules, without keeping who they are: an HMAC of the
 * client address under a secret kept in the database (made once, shared by every app node).
 */
@Repository
class ClientIdentity {

    private static final String NAME = "client-hash-key";

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;

    ClientIdentity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String of(String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(clientAddress.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            String value = jdbc.sql("SELECT secret_value FROM site_secret WHERE secret_name = :n").param("n", NAME)
                    .query(String.class).optional().orElseGet(this::create);
            key = new SecretKeySpec(Base64.getDecoder().decode(value), "HmacSHA256");
        }
        return key;
    }

    private String create() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String value = Base64.getEncoder().encodeToString(bytes);
        try {
            jdbc.sql("INSERT INTO site_secret (secret_name, secret_value) VALUES (:n, :v)").param("n", NAME).param("v", value).update();
            return value;
        } catch (DuplicateKeyException e) { // another node made it first
            return jdbc.sql("SELECT secret_value FROM site_secret WHERE secret_name = :n").param("n", NAME).query(String.class).single();
        }
    }
}
