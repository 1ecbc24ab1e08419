package org.salus.backup;

import java.util.Locale;
import java.util.Set;

/**
 * The tables a backup leaves out; every other table of the application's schema is copied, so a
 * table added by a new migration is backed up without anyone touching this package.
 * <ul>
 * <li>Flyway's history table: it describes the schema, not the site. A restore runs into a
 *     database Flyway has already built, and the archive's manifest records the schema version
 *     instead.</li>
 * <li>Spring Session's {@code spring_session} and {@code spring_session_attributes}: signed-in
 *     sessions are transient (they expire after 30 minutes of inactivity), and bringing them
 *     back would sign people into the restored site with cookies issued by another one.</li>
 * <li>{@code rate_limit_bucket} and {@code shedlock}: operational state of the running nodes
 *     (rate-limit counts that refill within the hour, and which node runs a scheduled job right
 *     now). Restored, they would lock clients or jobs out by another site's counts and locks.</li>
 * <li>{@code import_job}: the admin page's recent uploads, operational history of the nodes that
 *     ran them (their files are gone with the import); the audit log, which is backed up, keeps
 *     each import's start and end. Restored, another site's unfinished jobs would show as
 *     interrupted.</li>
 * </ul>
 */
final class ExcludedTables {

    static final Set<String> SESSION_TABLES = Set.of("spring_session", "spring_session_attributes");
    /**
     * The change log's positions belong to the database that wrote them; a restored site starts
     * its own log with one "restored" change.
     */
    static final String CHANGE_LOG = "change_log";

    static final Set<String> OPERATIONAL_TABLES = Set.of("rate_limit_bucket", "shedlock", "import_job");

    private final String flywayHistory;

    /** @param flywayHistory the configured Flyway history table ({@code flyway_schema_history}) */
    ExcludedTables(String flywayHistory) {
        this.flywayHistory = flywayHistory.toLowerCase(Locale.ROOT);
    }

    boolean contains(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return name.equals(flywayHistory)
                || SESSION_TABLES.contains(name)
                || OPERATIONAL_TABLES.contains(name)
                || name.equals(CHANGE_LOG);
    }
}
