package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Each role arrives, after signing in or choosing a password, on a page it may use, and its header links. */
@SiteTest
class LandingTests {

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void eachRoleLandsOnAPageItMayUse() {
        Map<Role, String> expected = Map.of(
                Role.WRITER,
                "/editor",
                Role.REVIEWER,
                "/editor",
                Role.EDITOR,
                "/editor",
                Role.ADMIN,
                "/editor",
                Role.MODERATOR,
                "/editor");
        expected.forEach((role, landing) -> {
            String username = "landing-" + role.code();
            people.create(username, role);
            Visitor visitor = http.visitor();

            HttpResponse<String> signedIn = visitor.signIn(username, People.PASSWORD);

            assertThat(signedIn.headers().firstValue("Location"))
                    .as(role.code())
                    .get()
                    .asString()
                    .endsWith(landing);
            assertThat(visitor.get(landing).statusCode()).as(role.code()).isEqualTo(200);
        });
    }

    @Test
    void aModeratorLandsOnTheirHomeAfterTheForcedPasswordChange() {
        UserAccount moderator = people.create("landing-newmod", Role.MODERATOR);
        users.setPassword(moderator.id(), encoder.encode(People.PASSWORD), true);
        Visitor visitor = http.visitor();
        visitor.signIn("landing-newmod", People.PASSWORD);

        HttpResponse<String> changed = visitor.submit(
                "/account/password",
                "/account/password",
                Map.of(
                        "current",
                        People.PASSWORD,
                        "password",
                        "lantern spruce meadow",
                        "repeat",
                        "lantern spruce meadow"));

        String location = changed.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/editor?done=passwordChanged");
        assertThat(visitor.get(location.substring(location.indexOf("/editor"))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theHeaderLinksTheEditorialPagesTheRoleMayUse() {
        people.create("header-mod", Role.MODERATOR);
        people.create("header-writer", Role.WRITER);
        people.create("header-admin", Role.ADMIN);

        assertThat(headerLinks("header-mod", "/moderation"))
                .containsExactly("/topics", "/dictionary", "/editor", "/moderation");
        assertThat(headerLinks("header-writer", "/editor")).containsExactly("/topics", "/dictionary", "/editor");
        assertThat(headerLinks("header-admin", "/admin/users"))
                .containsExactly("/topics", "/dictionary", "/editor", "/admin/users");
    }

    private java.util.List<String> headerLinks(String username, String page) {
        Visitor visitor = http.visitor();
        visitor.signIn(username, People.PASSWORD);
        Document html = Jsoup.parse(visitor.get(page).body());
        return html.select(".site-nav a").eachAttr("href");
    }
}
