package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in over real HTTP: sessions in the database, a new session id, attempt limits, the first admin. */
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

    /** A browser-like client: keeps cookies, follows no redirects. */
    class Visitor {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(http.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                    .map(c -> c.getValue()).findFirst().orElse(null);
        }

        HttpResponse<String> signIn(String username, String password) throws Exception {
            String token = Jsoup.parse(get("/login").body()).selectFirst("input[name=_csrf]").val();
            return post("/login", Map.of("username", username, "password", password, "_csrf", token));
        }
    }

    @Test
    void signingInStartsANewSessionStoredInTheDatabase() throws Exception {
        people.create("signin", Role.WRITER);
        Visitor visitor = new Visitor();
        visitor.get("/login");
        String before = visitor.session();

        HttpResponse<String> response = visitor.signIn("signin", People.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/editor");
        assertThat(before).isNotNull();
        assertThat(visitor.session()).isNotNull().isNotEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'signin'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(visitor.get("/editor").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainMessage() throws Exception {
        people.create("wrongpw", Role.WRITER);
        Visitor visitor = new Visitor();

        HttpResponse<String> response = visitor.signIn("wrongpw", "not the password at all");

        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        assertThat(Jsoup.parse(visitor.get("/login?error").body()).selectFirst("[role=alert]").text())
                .contains("do not match");
    }

    @Test
    void repeatedAttemptsAreStoppedEvenWithTheRightPassword() throws Exception {
        people.create("guessed", Role.WRITER);
        Visitor visitor = new Visitor();
        for (int i = 0; i < LoginAttemptLimiter.PER_ACCOUNT; i++) {
            visitor.signIn("guessed", "wrong guess number " + i);
        }

        HttpResponse<String> response = visitor.signIn("guessed", People.PASSWORD);

        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?tooMany");
        assertThat(Jsoup.parse(visitor.get("/login?tooMany").body()).selectFirst("[role=alert]").text())
                .contains("Too many sign-in attempts");
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        UserAccount user = people.create("leaver", Role.EDITOR);
        users.update(user.id(), user.displayName(), user.email(), false, user.roles());

        HttpResponse<String> response = new Visitor().signIn("leaver", People.PASSWORD);

        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
    }

    @Test
    void theFirstAdministratorHasAOneTimePasswordToChange() {
        UserAccount admin = users.findByUsername("admin").orElseThrow();

        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.passwordMustChange()).isTrue();
        assertThat(encoder.matches("admin", users.passwordHash("admin").orElseThrow())).isFalse();
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnyEditorialPage() throws Exception {
        UserAccount user = people.create("newbie", Role.WRITER);
        users.setPassword(user.id(), encoder.encode(People.PASSWORD), true);
        Visitor visitor = new Visitor();
        visitor.signIn("newbie", People.PASSWORD);

        HttpResponse<String> dashboard = visitor.get("/editor");
        assertThat(dashboard.headers().firstValue("Location")).get().asString().endsWith("/account/password");

        String token = Jsoup.parse(visitor.get("/account/password").body()).selectFirst("input[name=_csrf]").val();
        HttpResponse<String> tooShort = visitor.post("/account/password",
                Map.of("current", People.PASSWORD, "password", "short", "repeat", "short", "_csrf", token));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooShort.body()).selectFirst("#f-password-error").text()).contains("at least 12");

        visitor.post("/account/password", Map.of("current", People.PASSWORD, "password", "a much longer passphrase",
                "repeat", "a much longer passphrase", "_csrf", token));
        assertThat(visitor.get("/editor").statusCode()).isEqualTo(200);
    }
}
