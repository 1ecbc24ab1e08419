package org.salus.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;

import org.salus.command.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator when there are no accounts: from
 * {@code salus.admin.initial-password} if set, otherwise with a random one-time password printed
 * once to the log that must be changed at first sign-in. There is never a built-in default.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AccountProperties properties;
    private final Clock clock;

    FirstAdmin(UserRepository users, PasswordEncoder encoder, AccountProperties properties, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Commands.isCommand(args.getSourceArgs()) || users.count() > 0) {
            return;
        }
        String configured = properties.initialPassword();
        if (configured != null && !configured.isBlank()) {
            PasswordPolicy.problem(properties.username(), configured).ifPresent(problem -> {
                throw new IllegalStateException("salus.admin.initial-password is not acceptable (" + problem
                        + "): use at least " + PasswordPolicy.MIN_LENGTH + " characters, at most "
                        + PasswordPolicy.MAX_BYTES
                        + " bytes, and not a common password");
            });
            create(configured, false);
            log.info("Created the first administrator '{}' with the configured password.", properties.username());
            return;
        }
        String oneTime = oneTimePassword();
        create(oneTime, true);
        log.warn(
                "Created the first administrator '{}' with the one-time password: {}  (shown only this once; "
                        + "sign in at /login and choose a new password)",
                properties.username(),
                oneTime);
    }

    private void create(String password, boolean mustChange) {
        users.insert(
                properties.username(),
                "Administrator",
                null,
                encoder.encode(password),
                mustChange,
                Set.of(Role.ADMIN),
                clock.instant());
    }

    private static String oneTimePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
