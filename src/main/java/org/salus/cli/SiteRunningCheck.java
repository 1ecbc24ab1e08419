package org.salus.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before a command starts the application: an embedded H2 database file can be open in one
 * process only, so while the site runs, {@code import ...} by command would fail deep inside the
 * connection pool with pages of exceptions. This opens the database briefly first and, when
 * another process holds it, stops with a {@link SiteRunningException} that
 * {@link SiteRunningReporter} prints as one line. PostgreSQL and a database that does not exist
 * yet are left to the normal start.
 */
public final class SiteRunningCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String H2_FILE = "jdbc:h2:file:";
    /** H2's ErrorCode.DATABASE_ALREADY_OPEN_1 (H2 is a runtime dependency only). */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith(H2_FILE)) {
            return;
        }
        try (Connection probe = DriverManager.getConnection(
                url + ";IFEXISTS=TRUE",
                env.getProperty("spring.datasource.username", ""),
                env.getProperty("spring.datasource.password", ""))) {
            // free: the command opens it next
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                String name = url.substring(H2_FILE.length()).split(";", 2)[0];
                throw new SiteRunningException(name);
            }
            // a database not created yet, another password...: the normal start says what is wrong
        }
    }
}
