package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Changing a password over real HTTP: what the policy refuses (with a message, never a 500), and
 * that the change signs the person out everywhere else.
 */
@SiteTest
class PasswordControllerTests {

    static final String NEW_PASSWORD = "marble kettle orchard";

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aPasswordLongerThanBcryptReadsGetsAMessage() {
        people.create("pwlong", Role.WRITER);
        Visitor visitor = signedIn("pwlong");

        // 73 to 128 bytes, otherwise good passwords: the old policy let them through to bcrypt, which threw
        for (String tooLong : List.of(
                "the violet harbor lantern folds quietly while seven copper foxes argue at dusk",
                "grüße aus köln: süße äpfel über öfen, müde bären führen schöne gärten",
                "東京の古い図書館で静かに本を読む猫と犬が好きですね",
                "🦊🌙🦉 copper foxes under a winter moon, owls and hares 🦉🌙🦊")) {
            assertThat(tooLong.getBytes(StandardCharsets.UTF_8).length).isBetween(73, 128);
            HttpResponse<String> response = change(visitor, People.PASSWORD, tooLong);

            assertThat(response.statusCode()).as(tooLong).isEqualTo(422);
            assertThat(Jsoup.parse(response.body())
                            .selectFirst("#f-password-error")
                            .text())
                    .contains("at most 72 bytes");
        }
    }

    @Test
    void aCurrentPasswordLongerThanBcryptReadsIsSimplyWrong() {
        people.create("pwlongcurrent", Role.WRITER);
        Visitor visitor = signedIn("pwlongcurrent");

        HttpResponse<String> response = change(visitor, "ü".repeat(60), NEW_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(response.body()).selectFirst("#f-current-error").text())
                .contains("not your current password");
    }

    @Test
    void commonPasswordsAreRefused() {
        people.create("pwcommon", Role.WRITER);
        Visitor visitor = signedIn("pwcommon");

        for (String common : new String[] {"password1234", "Password123!", "qwertyuiop12", "iloveyou2024"}) {
            HttpResponse<String> response = change(visitor, People.PASSWORD, common);

            assertThat(response.statusCode()).as(common).isEqualTo(422);
            assertThat(Jsoup.parse(response.body())
                            .selectFirst("#f-password-error")
                            .text())
                    .contains("too common");
        }
    }

    @Test
    void changingThePasswordSignsOutEveryOtherSessionButThisOne() {
        people.create("twodevices", Role.WRITER);
        Visitor laptop = signedIn("twodevices");
        Visitor phone = signedIn("twodevices");
        assertThat(phone.get("/editor").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = change(laptop, People.PASSWORD, NEW_PASSWORD);

        assertThat(changed.headers().firstValue("Location")).get().asString().endsWith("/editor?done=passwordChanged");
        assertThat(laptop.get("/editor").statusCode()).isEqualTo(200);
        HttpResponse<String> stale = phone.get("/editor");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void anAdministratorResettingAPasswordSignsThePersonOutEverywhere() {
        UserAccount person = people.create("resetme", Role.REVIEWER);
        people.create("resetter", Role.ADMIN);
        Visitor personsBrowser = signedIn("resetme");
        Visitor admin = signedIn("resetter");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("displayName", person.displayName());
        form.put("email", person.email());
        form.put("roles", "reviewer");
        form.put("enabled", "true");
        form.put("credentials", "MD");
        form.put("specialty", "");
        form.put("bio", "");
        form.put("password", NEW_PASSWORD);
        HttpResponse<String> saved = admin.submit("/admin/users/" + person.id(), "/admin/users/" + person.id(), form);

        assertThat(saved.headers().firstValue("Location")).get().asString().endsWith("/admin/users");
        assertThat(encoder.matches(NEW_PASSWORD, users.passwordHash("resetme").orElseThrow()))
                .isTrue();
        assertThat(personsBrowser.get("/editor").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login");
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
    }

    private Visitor signedIn(String username) {
        Visitor visitor = http.visitor();
        assertThat(visitor.signIn(username, People.PASSWORD).headers().firstValue("Location"))
                .get()
                .asString()
                .doesNotContain("error")
                .doesNotContain("tooMany");
        return visitor;
    }

    private static HttpResponse<String> change(Visitor visitor, String current, String password) {
        return visitor.submit(
                "/account/password",
                "/account/password",
                Map.of("current", current, "password", password, "repeat", password));
    }
}
