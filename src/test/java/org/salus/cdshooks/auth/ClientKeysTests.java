package org.salus.cdshooks.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client's JWK Set from a file: read, followed through a key rotation, and bad locations refused. */
class ClientKeysTests {

    @TempDir
    Path folder;

    @Test
    void aRotatedKeyInTheFileIsFoundWithoutARestart() throws Exception {
        ECKey old = TestClients.ec("2026-old");
        ECKey rotated = TestClients.ec("2026-new");
        Path file = folder.resolve("jwks.json");
        Files.writeString(file, new JWKSet(old.toPublicJWK()).toString());
        JWKSource<SecurityContext> keys =
                ClientKeys.of(file.toUri().toString(), Duration.ofSeconds(2), Duration.ofMinutes(5));
        assertThat(kids(keys, "2026-old")).containsExactly("2026-old");

        Files.writeString(file, new JWKSet(List.of(old.toPublicJWK(), rotated.toPublicJWK())).toString());

        assertThat(kids(keys, "2026-new")).containsExactly("2026-new");
    }

    @Test
    void onlyHttpUrlsAndFilesAreAccepted() {
        assertThatThrownBy(() -> ClientKeys.url("ftp://ehr.example.org/jwks.json"))
                .hasMessageContaining("https: or http:");
        assertThatThrownBy(() -> ClientKeys.url("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ClientKeys.url("https://ehr.example.org/jwks.json").getHost())
                .isEqualTo("ehr.example.org");
    }

    private static List<String> kids(JWKSource<SecurityContext> keys, String kid) throws Exception {
        return keys.get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null).stream()
                .map(JWK::getKeyID)
                .toList();
    }
}
