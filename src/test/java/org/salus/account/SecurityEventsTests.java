package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salus.audit.AuditEntry;
import org.salus.audit.AuditFilter;
import org.salus.audit.AuditLog;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every security event is in the audit log, recorded over real HTTP: sign-in, a burst of failed
 * sign-ins (one entry, not one per attempt), password change, account created, roles changed,
 * disabled, and API keys issued and revoked.
 */
@SiteTest
class SecurityEventsTests {

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    AuditLog audit;

    @Autowired
    UserRepository users;

    @Test
    void aSignInIsRecorded() {
        people.create("sec-signin", Role.WRITER);
        http.visitor().signIn("sec-signin", People.PASSWORD);

        assertThat(about("sec-signin")).containsExactly("sec-signin sign-in");
        assertThat(entries("sec-signin").get(0).detail()).isEqualTo("from 127.0.0.0/24");
    }

    @Test
    void aBurstOfFailedSignInsIsOneEntry() {
        people.create("sec-guessed", Role.WRITER);
        Visitor guesser = http.visitor();
        for (int i = 0; i < LoginAttemptLimiter.FAILURES_PER_ACCOUNT + 3; i++) {
            guesser.signIn("sec-guessed", "wrong password " + i);
        }

        List<AuditEntry> bursts = entries("sec-guessed");
        assertThat(bursts).extracting(AuditEntry::action).containsExactly("sign-in.failed-burst");
        // The network, not the whole address: the log is kept for years and guessers may be readers.
        assertThat(bursts.get(0).actor()).isEqualTo("127.0.0.0/24");
        assertThat(bursts.get(0).detail())
                .isEqualTo(LoginAttemptLimiter.FAILURES_PER_ACCOUNT + " failed sign-ins from 127.0.0.0/24");
    }

    @Test
    void aPasswordChangeIsRecorded() {
        people.create("sec-password", Role.WRITER);
        Visitor writer = http.visitor();
        writer.signIn("sec-password", People.PASSWORD);

        writer.submit(
                "/account/password",
                "/account/password",
                Map.of(
                        "current",
                        People.PASSWORD,
                        "password",
                        "a brand new long passphrase",
                        "repeat",
                        "a brand new long passphrase"));

        assertThat(about("sec-password")).containsExactly("sec-password password.changed", "sec-password sign-in");
    }

    @Test
    void accountsCreatedChangedAndDisabledAreRecordedEachAsItsEvent() {
        people.create("sec-admin", Role.ADMIN);
        Visitor admin = http.visitor();
        admin.signIn("sec-admin", People.PASSWORD);

        admin.submit(
                "/admin/users/new", "/admin/users", account("sec-person", "writer", true, "a long first password"));
        long id = users.findByUsername("sec-person").orElseThrow().id();
        admin.submit("/admin/users/" + id, "/admin/users/" + id, account("sec-person", "editor", true, ""));
        admin.submit("/admin/users/" + id, "/admin/users/" + id, account("sec-person", "editor", false, ""));

        assertThat(about("sec-person"))
                .containsExactly("sec-admin user.disabled", "sec-admin user.roles-changed", "sec-admin user.created");
        assertThat(entries("sec-person").get(1).detail()).isEqualTo("writer → editor");
    }

    @Test
    void apiKeysIssuedAndRevokedAreRecordedWithTheKey() {
        people.create("sec-keys", Role.ADMIN);
        Visitor admin = http.visitor();
        admin.signIn("sec-keys", People.PASSWORD);

        admin.submit("/admin/api-keys", "/admin/api-keys", Map.of("name", "Security events portal"));
        AuditEntry issued = audit.find(new AuditFilter("sec-keys", "api-key.issued", null, null, null, null), 0, 1)
                .get(0);
        admin.submit("/admin/api-keys", "/admin/api-keys/" + issued.subject().substring(1) + "/revoke", Map.of());

        assertThat(audit.count(new AuditFilter("sec-keys", null, null, issued.subject(), null, null)))
                .isEqualTo(2);
    }

    /** The account form as the page sends it: a hidden "enabled=false" unless the box is ticked. */
    private Map<String, String> account(String name, String role, boolean enabled, String password) {
        return Map.of(
                "username",
                name,
                "displayName",
                "Sec Person",
                "email",
                "",
                "roles",
                role,
                "enabled",
                String.valueOf(enabled),
                "credentials",
                "",
                "specialty",
                "",
                "bio",
                "",
                "password",
                password);
    }

    private List<AuditEntry> entries(String subject) {
        return audit.find(new AuditFilter(null, null, null, subject, null, null), 0, 20);
    }

    private List<String> about(String subject) {
        return entries(subject).stream().map(e -> e.actor() + " " + e.action()).toList();
    }
}
