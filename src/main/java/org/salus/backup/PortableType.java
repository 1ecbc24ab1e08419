package org.salus.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * How a column's values travel in a backup, whatever the database: one JSON representation per
 * kind of SQL type, so an archive written on H2 restores on PostgreSQL and back. Values are read
 * from JDBC into plain Java values ({@link Long}, {@link String}, {@link LocalDateTime}, ...),
 * written to JSON, and on restore decoded from JSON into the same Java values and bound.
 * <ul>
 * <li>numbers as JSON numbers, except exact decimals, which are strings ("12.50": no float ever
 *     touches them);</li>
 * <li>dates, times and timestamps as ISO-8601 text without a zone, exactly as stored (the app
 *     stores UTC wall-clock times), timestamps with a zone as UTC instants;</li>
 * <li>binary as base64 text; UUIDs as their text form.</li>
 * </ul>
 * A type not listed here is refused at export, naming the column: better than losing data.
 */
enum PortableType {
    INTEGER("integer") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            int value = rows.getInt(i);
            return rows.wasNull() ? null : value;
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeNumber((Integer) value);
        }

        @Override
        Object decode(JsonNode node) {
            require(node, node.isIntegralNumber() && node.canConvertToInt());
            return node.intValue();
        }
    },
    BIGINT("bigint") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            long value = rows.getLong(i);
            return rows.wasNull() ? null : value;
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeNumber((Long) value);
        }

        @Override
        Object decode(JsonNode node) {
            require(node, node.isIntegralNumber() && node.canConvertToLong());
            return node.longValue();
        }
    },
    DECIMAL("decimal") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            return rows.getBigDecimal(i);
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeString(((BigDecimal) value).toPlainString());
        }

        @Override
        Object decode(JsonNode node) {
            require(node, node.isString());
            try {
                return new BigDecimal(node.stringValue());
            } catch (NumberFormatException e) {
                throw mismatch(node);
            }
        }

        @Override
        boolean same(Object a, Object b) {
            return ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
        }
    },
    DOUBLE("double") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            double value = rows.getDouble(i);
            return rows.wasNull() ? null : value;
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeNumber((Double) value);
        }

        @Override
        Object decode(JsonNode node) {
            require(node, node.isNumber());
            return node.doubleValue();
        }
    },
    BOOLEAN("boolean") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            boolean value = rows.getBoolean(i);
            return rows.wasNull() ? null : value;
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeBoolean((Boolean) value);
        }

        @Override
        Object decode(JsonNode node) {
            require(node, node.isBoolean());
            return node.booleanValue();
        }
    },
    TEXT("text") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            return rows.getString(i);
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeString((String) value);
        }

        @Override
        Object decode(JsonNode node) {
            require(node, node.isString());
            return node.stringValue();
        }
    },
    DATE("date") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            return rows.getObject(i, LocalDate.class);
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value));
        }

        @Override
        Object decode(JsonNode node) {
            return parse(node, LocalDate::parse);
        }
    },
    TIME("time") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            return rows.getObject(i, LocalTime.class);
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) value));
        }

        @Override
        Object decode(JsonNode node) {
            return parse(node, LocalTime::parse);
        }
    },
    TIMESTAMP("timestamp") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            return rows.getObject(i, LocalDateTime.class);
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) value));
        }

        @Override
        Object decode(JsonNode node) {
            return parse(node, LocalDateTime::parse);
        }
    },
    TIMESTAMP_TZ("timestamptz") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            OffsetDateTime value = rows.getObject(i, OffsetDateTime.class);
            return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value));
        }

        @Override
        Object decode(JsonNode node) {
            return parse(node, text -> OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC));
        }
    },
    BINARY("binary") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            return rows.getBytes(i);
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeString(Base64.getEncoder().encodeToString((byte[]) value));
        }

        @Override
        Object decode(JsonNode node) {
            require(node, node.isString());
            try {
                return Base64.getDecoder().decode(node.stringValue());
            } catch (IllegalArgumentException e) {
                throw mismatch(node);
            }
        }

        @Override
        void bind(PreparedStatement statement, int i, Object value) throws SQLException {
            statement.setBytes(i, (byte[]) value);
        }

        @Override
        boolean same(Object a, Object b) {
            return Arrays.equals((byte[]) a, (byte[]) b);
        }
    },
    UUID_TEXT("uuid") {
        @Override
        Object read(ResultSet rows, int i) throws SQLException {
            return rows.getObject(i, UUID.class);
        }

        @Override
        void write(JsonGenerator json, Object value) {
            json.writeString(value.toString());
        }

        @Override
        Object decode(JsonNode node) {
            return parse(node, UUID::fromString);
        }
    };

    private final String label;

    PortableType(String label) {
        this.label = label;
    }

    /** The name written in the archive's table files. */
    String label() {
        return label;
    }

    /** The column's value in the current row of {@code rows}, or null. */
    abstract Object read(ResultSet rows, int i) throws SQLException;

    /** Writes a non-null value read by {@link #read}. */
    abstract void write(JsonGenerator json, Object value);

    /** The value a non-null JSON node written by {@link #write} stands for. */
    abstract Object decode(JsonNode node);

    /** Binds a non-null decoded value as a statement parameter. */
    void bind(PreparedStatement statement, int i, Object value) throws SQLException {
        statement.setObject(i, value);
    }

    /** Whether two non-null values of this type are the same value. */
    boolean same(Object a, Object b) {
        return a.equals(b);
    }

    /**
     * The portable type of a column, from its JDBC type and the database's own type name
     * (PostgreSQL reports {@code boolean} as BIT, {@code timestamptz} as TIMESTAMP and {@code uuid}
     * as OTHER; H2 reports UUID as BINARY). Empty when backups cannot carry the type.
     */
    static Optional<PortableType> of(int jdbcType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("uuid")) {
            return Optional.of(UUID_TEXT);
        }
        if (name.equals("timestamptz") || name.equals("timestamp with time zone")) {
            return Optional.of(TIMESTAMP_TZ);
        }
        return Optional.ofNullable(
                switch (jdbcType) {
                    case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> INTEGER;
                    case Types.BIGINT -> BIGINT;
                    case Types.NUMERIC, Types.DECIMAL -> DECIMAL;
                    case Types.REAL, Types.FLOAT, Types.DOUBLE -> DOUBLE;
                    case Types.BOOLEAN -> BOOLEAN;
                    case Types.BIT -> name.equals("bool") || name.equals("boolean") ? BOOLEAN : null; // not bit strings
                    case Types.CHAR,
                            Types.VARCHAR,
                            Types.LONGVARCHAR,
                            Types.NCHAR,
                            Types.NVARCHAR,
                            Types.LONGNVARCHAR,
                            Types.CLOB,
                            Types.NCLOB -> TEXT;
                    case Types.DATE -> DATE;
                    case Types.TIME -> TIME;
                    case Types.TIMESTAMP -> TIMESTAMP;
                    case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_TZ;
                    case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
                    default -> null;
                });
    }

    private static void require(JsonNode node, boolean fits) {
        if (!fits) {
            throw mismatch(node);
        }
    }

    private static Object parse(JsonNode node, Function<String, Object> parser) {
        require(node, node.isString());
        try {
            return parser.apply(node.stringValue());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw mismatch(node);
        }
    }

    private static IllegalArgumentException mismatch(JsonNode node) {
        String text = node.toString();
        return new IllegalArgumentException(
                "unexpected value " + (text.length() > 40 ? text.substring(0, 40) + "..." : text));
    }
}
