package org.salus.backup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows for the test schema in {@code backup/scratch}: every kind of value, the cycles, odd keys. */
final class ScratchSite {

    static final String MIGRATIONS = "classpath:backup/scratch";
    static final byte[] EVERY_BYTE = new byte[256];
    static final BigDecimal EXACT = new BigDecimal("-1234567890.0105");
    static final OffsetDateTime INSTANT =
            OffsetDateTime.of(2026, 3, 29, 1, 30, 0, 250_000_000, ZoneOffset.ofHoursMinutes(5, 30));
    static final LocalDateTime MOMENT =
            LocalDateTime.of(2026, 3, 29, 2, 30, 0, 123_456_000); // a DST gap in Europe: kept as is
    static final UUID TOKEN = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    static final String TEXT = "Ünïcödé, emoji 🍎, quotes \" ' and a\nnew line\tand tab";

    static {
        for (int i = 0; i < 256; i++) {
            EVERY_BYTE[i] = (byte) i;
        }
    }

    private ScratchSite() {}

    static void fill(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO kinds (small_number, whole, big, exact, approx, flag, label, long_text, fixed, birthday, alarm, moment,
                    instant, payload, token)
                VALUES (-32768, 2147483647, -9223372036854775807, :exact, 0.1, TRUE, 'label', :text, 'abc', :birthday, :alarm,
                    :moment, :instant, :payload, :token)""")
                .param("exact", EXACT)
                .param("text", TEXT)
                .param("birthday", LocalDate.of(1999, 12, 31))
                .param("alarm", LocalTime.of(23, 59, 59))
                .param("moment", MOMENT)
                .param("instant", INSTANT)
                .param("payload", EVERY_BYTE)
                .param("token", TOKEN)
                .update();
        jdbc.sql("INSERT INTO kinds (flag) VALUES (FALSE)").update(); // every other column null
        jdbc.sql("DELETE FROM kinds WHERE id = 2").update(); // a gap below the highest id
        jdbc.sql("INSERT INTO kinds (approx, moment) VALUES (1.0E-300, :m)")
                .param("m", LocalDateTime.of(2026, 1, 1, 0, 0))
                .update();

        // Children before parents in key order: node 1 hangs under node 3.
        jdbc.sql(
                        "INSERT INTO node (id, parent_id, name) VALUES (3, NULL, 'root'), (1, NULL, 'leaf'), (2, NULL, 'branch')")
                .update();
        jdbc.sql("UPDATE node SET parent_id = 3 WHERE id = 2").update();
        jdbc.sql("UPDATE node SET parent_id = 2 WHERE id = 1").update();

        jdbc.sql("INSERT INTO owner (name) VALUES ('Ada'), ('Ben')").update();
        jdbc.sql("INSERT INTO pet (owner_id, name) VALUES (1, 'Rex'), (2, 'Tom'), (1, 'Kit')")
                .update();
        jdbc.sql("UPDATE owner SET favourite_pet_id = 3 WHERE id = 1").update();

        jdbc.sql(
                        "INSERT INTO word (word, meaning) VALUES ('éclair', 'pastry'), ('apple', 'fruit'), ('Zebra', 'animal'),"
                                + " ('Banana', 'fruit'), ('ápple', 'accented')")
                .update();
        jdbc.sql(
                        "INSERT INTO a_word_use (word, ordinal, example) VALUES ('apple', 2, 'Apple pie'), ('apple', 1, 'An apple'),"
                                + " ('Zebra', 1, 'A zebra')")
                .update();
        jdbc.sql("INSERT INTO note_without_key (body, written_on) VALUES ('same', NULL), ('same', NULL), ('other', :d)")
                .param("d", LocalDate.of(2026, 2, 28))
                .update();
        jdbc.sql("INSERT INTO colour (code, name) VALUES ('green', 'Green')").update();
    }
}
