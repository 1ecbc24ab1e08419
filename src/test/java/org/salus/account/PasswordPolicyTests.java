package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** The password policy accepts exactly what bcrypt can hash, and refuses common passwords. */
class PasswordPolicyTests {

    @Test
    void seventyTwoBytesFitAndSeventyThreeDoNot() {
        String fits = "quiet copper foxes argue about distant winter gardens near the old mills";
        assertThat(fits.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(72);

        assertThat(PasswordPolicy.problem("writer", fits)).isEmpty();
        assertThat(PasswordPolicy.problem("writer", fits + "s")).contains("password.tooLong");
        // whatever the policy accepts, the site's hash accepts too
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(fits))
                .startsWith("{bcrypt}");
    }

    @Test
    void bytesAreCountedNotCharacters() {
        String fiftyAccentedLetters = "é".repeat(50); // 50 characters, 100 bytes

        assertThat(PasswordPolicy.problem("writer", fiftyAccentedLetters)).contains("password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "Password123!",
                "qwertyuiop12",
                "123456789012",
                "iloveyou2024",
                "aaaaaaaaaaaa",
                "football1234",
                "trustno1trustno1",
                "sunshine2020!"
            })
    void commonAndEasilyGuessedPasswordsAreRefused(String common) {
        assertThat(PasswordPolicy.problem("writer", common)).contains("password.common");
    }

    @Test
    void theUserNameInsideThePasswordMakesItGuessable() {
        assertThat(PasswordPolicy.problem("mkhan.reviewer", "mkhan.reviewer1")).contains("password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "a much longer passphrase", "marble kettle orchard"})
    void aFewUnrelatedWordsAreAccepted(String passphrase) {
        assertThat(PasswordPolicy.problem("writer", passphrase)).isEmpty();
    }

    @Test
    void shortPasswordsAndTheUserNameAreStillRefused() {
        assertThat(PasswordPolicy.problem("writer", "short")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem("longusername12", "LongUserName12")).contains("password.sameAsUsername");
    }
}
