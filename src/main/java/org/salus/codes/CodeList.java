package org.salus.codes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.salus.db.SqlTimes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The imported code lists (table {@code code_list_entry}): what the editor checks codes against,
 * and what the import compares a new file with.
 */
@Repository
public class CodeList {

    /** How many rows one JDBC batch sends: large enough that 95,000 codes take about 200 round trips. */
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    CodeList(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** One code of a list, as stored. */
    public record Entry(String system, String code, String title, boolean billable, boolean retired) {}

    /** The code in capitals without dots or spaces: {@code e11.9} and {@code E119} are both {@code E119}. */
    public static String key(String code) {
        return code.strip().replace(".", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Whether any code of {@code system} was ever imported (retired ones count). */
    public boolean hasList(String system) {
        return jdbc.sql("SELECT COUNT(*) FROM code_list_entry WHERE code_system = ?")
                        .param(system)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The code exactly as written ({@code E11.9}), retired or not. */
    public Optional<Entry> find(String system, String code) {
        return jdbc.sql("SELECT code_system, code, title, billable, retired FROM code_list_entry"
                        + " WHERE code_system = ? AND code = ?")
                .param(system)
                .param(code)
                .query(CodeList::entry)
                .optional();
    }

    /** The codes written like {@code code} but for dots and case ({@code E119} finds {@code E11.9}). */
    public List<Entry> findByKey(String system, String code) {
        return jdbc.sql("SELECT code_system, code, title, billable, retired FROM code_list_entry"
                        + " WHERE code_system = ? AND code_key = ? ORDER BY code")
                .param(system)
                .param(key(code))
                .query(CodeList::entry)
                .list();
    }

    /**
     * Up to {@code limit} current codes for the editor's suggestions: codes starting with what was
     * typed (dots and case aside) first, then codes whose title contains it.
     */
    public List<Entry> suggest(String system, String typed, int limit) {
        String key = key(typed);
        List<Entry> found = new ArrayList<>(jdbc.sql("SELECT code_system, code, title, billable, retired"
                        + " FROM code_list_entry WHERE code_system = ? AND retired = FALSE AND code_key LIKE ? ESCAPE '\\'"
                        + " ORDER BY code_key FETCH FIRST " + limit + " ROWS ONLY")
                .param(system)
                .param(like(key) + "%")
                .query(CodeList::entry)
                .list());
        String words = typed.strip().toLowerCase(Locale.ROOT);
        if (found.size() < limit && words.length() >= 3) {
            jdbc
                    .sql("SELECT code_system, code, title, billable, retired FROM code_list_entry"
                            + " WHERE code_system = ? AND retired = FALSE AND LOWER(title) LIKE ? ESCAPE '\\'"
                            + " ORDER BY code_key FETCH FIRST " + limit + " ROWS ONLY")
                    .param(system)
                    .param("%" + like(words) + "%")
                    .query(CodeList::entry)
                    .list()
                    .stream()
                    .filter(e -> found.stream().noneMatch(f -> f.code().equals(e.code())))
                    .limit(limit - found.size())
                    .forEach(found::add);
        }
        return found;
    }

    /** Every stored code of {@code system} by code, for an import to compare with its file. */
    Map<String, Entry> all(String system) {
        Map<String, Entry> byCode = new HashMap<>();
        jdbc.sql("SELECT code_system, code, title, billable, retired FROM code_list_entry WHERE code_system = ?")
                .param(system)
                .query(CodeList::entry)
                .list()
                .forEach(e -> byCode.put(e.code(), e));
        return byCode;
    }

    /** Adds new codes, in batches. */
    void insert(List<Entry> entries, Instant now) {
        batches.batchUpdate(
                "INSERT INTO code_list_entry (code_system, code, code_key, title, billable, retired, imported_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                entries,
                BATCH,
                (ps, e) -> {
                    ps.setString(1, e.system());
                    ps.setString(2, e.code());
                    ps.setString(3, key(e.code()));
                    ps.setString(4, e.title());
                    ps.setBoolean(5, e.billable());
                    ps.setBoolean(6, e.retired());
                    ps.setObject(7, SqlTimes.utc(now));
                });
    }

    /** Stores a new title, billable flag or retired flag of codes already there, in batches. */
    void update(List<Entry> entries, Instant now) {
        batches.batchUpdate(
                "UPDATE code_list_entry SET title = ?, billable = ?, retired = ?, imported_at = ?"
                        + " WHERE code_system = ? AND code = ?",
                entries,
                BATCH,
                (ps, e) -> {
                    ps.setString(1, e.title());
                    ps.setBoolean(2, e.billable());
                    ps.setBoolean(3, e.retired());
                    ps.setObject(4, SqlTimes.utc(now));
                    ps.setString(5, e.system());
                    ps.setString(6, e.code());
                });
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(
                rs.getString("code_system"),
                rs.getString("code"),
                rs.getString("title"),
                rs.getBoolean("billable"),
                rs.getBoolean("retired"));
    }
}
