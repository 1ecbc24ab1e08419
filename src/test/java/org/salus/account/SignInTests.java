package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signing in over real HTTP: sessions in the database, a new session id, limits on failures (not
 * on sign-ins), each role's landing page, the first admin, passwords bcrypt can hash.
 */
@SiteTest
class SignInTests {

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signingInStartsANewSessionStoredInTheDatabase() {
        people.create("signin", Role.WRITER);
        Visitor visitor = http.visitor();
        visitor.get("/editor"); // an editorial page asks for sign-in: an anonymous session remembers it
        String before = visitor.session();

        HttpResponse<String> response = visitor.signIn("signin", People.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().contains("/editor");
        assertThat(before).isNotNull();
        assertThat(visitor.session()).isNotNull().isNotEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'signin'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(visitor.get("/editor").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutWithTheHeadersFormEndsTheSession() {
        people.create("leaving", Role.WRITER);
        Visitor visitor = http.visitor();
        visitor.signIn("leaving", People.PASSWORD);

        // the first form on an editorial page is the header's sign-out, its token kept in the session
        HttpResponse<String> out = visitor.submit("/editor", "/logout", Map.of());

        assertThat(out.headers().firstValue("Location")).get().asString().endsWith("/login?signedOut");
        assertThat(visitor.get("/editor").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login");
    }

    @Test
    void theSignInPageCreatesNoSession() {
        Visitor visitor = http.visitor();

        HttpResponse<String> page = visitor.get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(visitor.session()).isNull();
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainMessage() {
        people.create("wrongpw", Role.WRITER);
        Visitor visitor = http.visitor();

        HttpResponse<String> response = visitor.signIn("wrongpw", "not the password at all");

        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        assertThat(Jsoup.parse(visitor.get("/login?error").body())
                        .selectFirst("[role=alert]")
                        .text())
                .contains("do not match");
    }

    @Test
    void manySuccessfulSignInsInARowAllSucceed() {
        people.create("regular", Role.EDITOR);
        Visitor visitor = http.visitor();

        for (int i = 0; i < LoginAttemptLimiter.FAILURES_PER_ACCOUNT * 3; i++) {
            HttpResponse<String> response = visitor.signIn("regular", People.PASSWORD);
            assertThat(response.headers().firstValue("Location"))
                    .as("sign-in %d", i + 1)
                    .get()
                    .asString()
                    .endsWith("/editor");
        }
    }

    @Test
    void repeatedFailuresAreStoppedEvenWithTheRightPassword() {
        people.create("guessed", Role.WRITER);
        Visitor visitor = http.visitor();
        for (int i = 0; i < LoginAttemptLimiter.FAILURES_PER_ACCOUNT; i++) {
            visitor.signIn("guessed", "wrong guess number " + i);
        }

        HttpResponse<String> response = visitor.signIn("guessed", People.PASSWORD);

        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?tooMany");
        HttpResponse<String> page = visitor.get("/login?tooMany");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(Jsoup.parse(page.body()).selectFirst("[role=alert]").text()).contains("Too many sign-in attempts");
    }

    @Test
    void aSuccessfulSignInForgetsEarlierTypos() {
        people.create("typist", Role.WRITER);
        Visitor visitor = http.visitor();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < LoginAttemptLimiter.FAILURES_PER_ACCOUNT - 1; i++) {
                visitor.signIn("typist", "typo " + i);
            }
            HttpResponse<String> response = visitor.signIn("typist", People.PASSWORD);
            assertThat(response.headers().firstValue("Location"))
                    .get()
                    .asString()
                    .endsWith("/editor");
        }
    }

    @Test
    void aPasswordLongerThanTheHashReadsIsAFailedSignInNotAServerError() {
        people.create("longpw", Role.WRITER);

        HttpResponse<String> response = http.visitor().signIn("longpw", "é".repeat(50)); // 100 UTF-8 bytes

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
    }

    @Test
    void aSignInFormWithoutItsTokenIsRefused() {
        people.create("notoken", Role.WRITER);

        HttpResponse<String> response =
                http.visitor().post("/login", Map.of("username", "notoken", "password", People.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        UserAccount user = people.create("leaver", Role.EDITOR);
        users.update(user.id(), user.displayName(), user.email(), false, user.roles());

        HttpResponse<String> response = http.visitor().signIn("leaver", People.PASSWORD);

        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
    }

    @Test
    void theFirstAdministratorHasAOneTimePasswordToChange() {
        UserAccount admin = users.findByUsername("admin").orElseThrow();

        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.passwordMustChange()).isTrue();
        assertThat(encoder.matches("admin", users.passwordHash("admin").orElseThrow()))
                .isFalse();
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnyEditorialPage() {
        UserAccount user = people.create("newbie", Role.WRITER);
        users.setPassword(user.id(), encoder.encode(People.PASSWORD), true);
        Visitor visitor = http.visitor();
        visitor.signIn("newbie", People.PASSWORD);

        HttpResponse<String> dashboard = visitor.get("/editor");
        assertThat(dashboard.headers().firstValue("Location")).get().asString().endsWith("/account/password");

        HttpResponse<String> tooShort = visitor.submit(
                "/account/password",
                "/account/password",
                Map.of("current", People.PASSWORD, "password", "short", "repeat", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooShort.body()).selectFirst("#f-password-error").text())
                .contains("at least 12");

        visitor.submit(
                "/account/password",
                "/account/password",
                Map.of(
                        "current",
                        People.PASSWORD,
                        "password",
                        "a much longer passphrase",
                        "repeat",
                        "a much longer passphrase"));
        assertThat(visitor.get("/editor").statusCode()).isEqualTo(200);
    }
}
