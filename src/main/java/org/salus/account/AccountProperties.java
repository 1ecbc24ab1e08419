package org.salus.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code salus.admin.*}: the first administrator, created when the database has no accounts.
 *
 * @param username        the first administrator's user name
 * @param initialPassword its password; when blank a one-time password is generated and printed
 *                        once to the log, and must be changed at first sign-in
 */
@ConfigurationProperties("salus.admin")
public record AccountProperties(
        @DefaultValue(AccountProperties.DEFAULT_USERNAME) String username, String initialPassword) {

    static final String DEFAULT_USERNAME = "admin";

    public AccountProperties {
        username = username == null || username.isBlank() ? DEFAULT_USERNAME : username.strip();
    }
}
