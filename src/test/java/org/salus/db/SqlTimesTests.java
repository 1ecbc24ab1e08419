package org.salus.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class SqlTimesTests {

    @Test
    void anInstantIsWrittenAsItsUtcWallClockTime() {
        assertThat(SqlTimes.utc(Instant.parse("2024-03-31T01:30:00.123456Z")))
                .isEqualTo(LocalDateTime.of(2024, 3, 31, 1, 30, 0, 123_456_000));
        assertThat(SqlTimes.utc(Instant.EPOCH)).isEqualTo(LocalDateTime.of(1970, 1, 1, 0, 0));
    }

    @Test
    void nullStaysNullBothWays() throws Exception {
        assertThat(SqlTimes.utc(null)).isNull();
        try (Connection db = h2();
                Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("SELECT CAST(NULL AS TIMESTAMP) AS at")) {
            rs.next();
            assertThat(SqlTimes.instant(rs, "at")).isNull();
            assertThat(SqlTimes.instant(rs, 1)).isNull();
        }
    }

    @Test
    void aStoredTimestampIsReadAsTheUtcInstant() throws Exception {
        try (Connection db = h2();
                Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("SELECT TIMESTAMP '2024-03-31 01:30:00.5' AS at")) {
            rs.next();
            assertThat(SqlTimes.instant(rs, "at")).isEqualTo(Instant.parse("2024-03-31T01:30:00.5Z"));
            assertThat(SqlTimes.instant(rs, 1)).isEqualTo(Instant.parse("2024-03-31T01:30:00.5Z"));
        }
    }

    @Test
    void anInstantWrittenAndReadBackIsTheSame() throws Exception {
        Instant at = Instant.parse("2026-10-25T00:59:59.999999Z"); // the hour before Europe's clocks go back
        try (Connection db = h2()) {
            db.createStatement().execute("CREATE TABLE t (at TIMESTAMP)");
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO t VALUES (?)")) {
                insert.setObject(1, SqlTimes.utc(at));
                insert.executeUpdate();
            }
            try (ResultSet rs = db.createStatement().executeQuery("SELECT at, CAST(at AS VARCHAR) FROM t")) {
                rs.next();
                assertThat(SqlTimes.instant(rs, "at")).isEqualTo(at);
                assertThat(rs.getString(2)).isEqualTo("2026-10-25 00:59:59.999999");
            }
        }
    }

    private static Connection h2() throws Exception {
        return DriverManager.getConnection("jdbc:h2:mem:");
    }
}
