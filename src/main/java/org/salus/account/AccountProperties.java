package org.salus.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salus.admin.*}: the first administrator, created when the database has no accounts.
 *
 * @param username        the first administrator's user name
 * @param initialPassword its password; when blank a one-time password is generated and printed
 *                        once to the log, and must be changed at first sign-in
 */
@ConfigurationProperties("salus.admin")
public record AccountProperties(String username, String initialPassword) {

    public AccountProperties {
        username = username == null || username.isBlank() ? "admin" : username.strip();
    }
}
