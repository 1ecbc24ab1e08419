package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** With salus.admin.initial-password set, the first administrator uses it and need not change it. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"salus.admin.username=chief", "salus.admin.initial-password=configured admin passphrase"})
class FirstAdminTests {

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theConfiguredPasswordIsUsedAndStoredHashed() {
        UserAccount chief = users.findByUsername("chief").orElseThrow();
        String hash = users.passwordHash("chief").orElseThrow();

        assertThat(chief.roles()).containsExactly(Role.ADMIN);
        assertThat(chief.passwordMustChange()).isFalse();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("configured admin passphrase");
        assertThat(encoder.matches("configured admin passphrase", hash)).isTrue();
        assertThat(users.findByUsername("admin")).isEmpty();
    }
}
