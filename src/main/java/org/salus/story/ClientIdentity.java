package org.salus.story;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

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
    /** Only literal addresses are parsed, so no name is ever looked up. */
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

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

    /**
     * The client's network, hashed like {@link #of}: reports from one network count once. A
     * network is an IPv4 /24 or an IPv6 /48 (what one home, office or small provider holds);
     * an address that cannot be parsed is its own network.
     */
    String networkOf(String clientAddress) {
        return of(network(clientAddress));
    }

    /** "192.0.2.0/24" for 192.0.2.17, "2001:db8:1:0:0:0:0:0/48" for 2001:db8:1:5::1. */
    static String network(String address) {
        String literal = address == null ? "" : address.strip();
        int zone = literal.indexOf('%');
        literal = zone < 0 ? literal : literal.substring(0, zone);
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return literal;
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress(); // IPv4-mapped IPv6 comes back as IPv4
            int kept = bytes.length == 4 ? 3 : 6;
            for (int i = kept; i < bytes.length; i++) {
                bytes[i] = 0;
            }
            InetAddress prefix = InetAddress.getByAddress(bytes);
            return prefix.getHostAddress() + (prefix instanceof Inet4Address ? "/24" : "/48");
        } catch (UnknownHostException e) {
            return literal;
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            String value = jdbc.sql("SELECT secret_value FROM site_secret WHERE secret_name = :n")
                    .param("n", NAME)
                    .query(String.class)
                    .optional()
                    .orElseGet(this::create);
            key = new SecretKeySpec(Base64.getDecoder().decode(value), "HmacSHA256");
        }
        return key;
    }

    private String create() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String value = Base64.getEncoder().encodeToString(bytes);
        try {
            jdbc.sql("INSERT INTO site_secret (secret_name, secret_value) VALUES (:n, :v)")
                    .param("n", NAME)
                    .param("v", value)
                    .update();
            return value;
        } catch (DuplicateKeyException e) { // another node made it first
            return jdbc.sql("SELECT secret_value FROM site_secret WHERE secret_name = :n")
                    .param("n", NAME)
                    .query(String.class)
                    .single();
        }
    }
}
