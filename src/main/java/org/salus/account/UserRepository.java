package org.salus.account;

import static org.salus.db.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for accounts and their roles. Accounts are disabled, never deleted. */
@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM user_account")
                .query(Integer.class)
                .single();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return find("WHERE u.username = :key", username);
    }

    public Optional<UserAccount> findById(long id) {
        return find("WHERE u.id = :key", id);
    }

    public List<UserAccount> findAll() {
        return assemble(jdbc.sql(SELECT + " ORDER BY u.username")
                .query(UserRepository::row)
                .list());
    }

    /** The stored hash, for authentication only. */
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM user_account WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .optional();
    }

    public long insert(
            String username,
            String displayName,
            String email,
            String passwordHash,
            boolean mustChange,
            Set<Role> roles,
            Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO user_account (username, display_name, email, password_hash, password_must_change,
                                          enabled, created_at)
                VALUES (:username, :name, :email, :hash, :mustChange, TRUE, :now)""")
                .param("username", username)
                .param("name", displayName)
                .param("email", email)
                .param("hash", passwordHash)
                .param("mustChange", mustChange)
                .param("now", utc(now))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        setRoles(id, roles);
        return id;
    }

    public void update(long id, String displayName, String email, boolean enabled, Set<Role> roles) {
        jdbc.sql("UPDATE user_account SET display_name = :name, email = :email, enabled = :enabled WHERE id = :id")
                .param("name", displayName)
                .param("email", email)
                .param("enabled", enabled)
                .param("id", id)
                .update();
        setRoles(id, roles);
    }

    public void setPassword(long id, String passwordHash, boolean mustChange) {
        jdbc.sql("UPDATE user_account SET password_hash = :hash, password_must_change = :must WHERE id = :id")
                .param("hash", passwordHash)
                .param("must", mustChange)
                .param("id", id)
                .update();
    }

    private void setRoles(long id, Set<Role> roles) {
        jdbc.sql("DELETE FROM user_role WHERE user_id = :id").param("id", id).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role)")
                    .param("id", id)
                    .param("role", role.code())
                    .update();
        }
    }

    private static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.email, u.enabled, u.password_must_change
            FROM user_account u""";

    private Optional<UserAccount> find(String where, Object key) {
        return assemble(jdbc.sql(SELECT + " " + where)
                        .param("key", key)
                        .query(UserRepository::row)
                        .list())
                .stream()
                .findFirst();
    }

    private List<UserAccount> assemble(List<UserAccount> users) {
        if (users.isEmpty()) {
            return users;
        }
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        jdbc.sql("SELECT user_id, role FROM user_role WHERE user_id IN (:ids)")
                .param("ids", users.stream().map(UserAccount::id).toList())
                .query((rs, n) -> {
                    roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                            .add(Role.fromCode(rs.getString(2)).orElseThrow());
                    return null;
                })
                .list();
        return users.stream()
                .map(u -> new UserAccount(
                        u.id(),
                        u.username(),
                        u.displayName(),
                        u.email(),
                        u.enabled(),
                        u.passwordMustChange(),
                        roles.getOrDefault(u.id(), Set.of())))
                .toList();
    }

    private static UserAccount row(ResultSet rs, int n) throws SQLException {
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getBoolean("enabled"),
                rs.getBoolean("password_must_change"),
                Set.of());
    }
}
