package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.salus.article.ReviewerProfileRepository;
import org.salus.audit.AuditLog;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators manage accounts: create, set roles and credentials, disable; never delete. */
@SpringBootTest
@OwnContext("admin")
@AutoConfigureMockMvc
@Import(People.class)
class AdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    UserRepository users;

    @Autowired
    ReviewerProfileRepository profiles;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditLog audit;

    @Test
    void anAdministratorCreatesAReviewerWithAPublicProfile() throws Exception {
        people.create("boss", Role.ADMIN);

        MockHttpServletResponse response = mvc.perform(post("/admin/users")
                        .with(csrf())
                        .with(user("boss").roles("ADMIN"))
                        .param("username", "mkhan")
                        .param("displayName", "Dr. Maryam Khan")
                        .param("email", "mk@example.org")
                        .param("roles", "reviewer")
                        .param("enabled", "true")
                        .param("credentials", "MD, MPH")
                        .param("specialty", "Obstetrics")
                        .param("bio", "")
                        .param("password", "a long first password"))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/users");
        UserAccount created = users.findByUsername("mkhan").orElseThrow();
        assertThat(created.roles()).containsExactly(Role.REVIEWER);
        assertThat(created.passwordMustChange()).isTrue();
        assertThat(encoder.matches(
                        "a long first password", users.passwordHash("mkhan").orElseThrow()))
                .isTrue();
        assertThat(profiles.findByUserId(created.id()).orElseThrow().credentials())
                .isEqualTo("MD, MPH");
        assertThat(audit.recent(null, 1).get(0).action()).isEqualTo("user.created");
        assertThat(mvc.perform(get("/reviewers/dr-maryam-khan"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aReviewerWithoutCredentialsIsRefusedWithTheFieldMarked() throws Exception {
        people.create("boss2", Role.ADMIN);

        MockHttpServletResponse response = mvc.perform(post("/admin/users")
                        .with(csrf())
                        .with(user("boss2").roles("ADMIN"))
                        .param("username", "nocred")
                        .param("displayName", "Dr. No Credentials")
                        .param("roles", "reviewer")
                        .param("enabled", "true")
                        .param("password", "a long first password"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .selectFirst("#f-credentials-error")
                        .text())
                .contains("needs credentials");
        assertThat(users.findByUsername("nocred")).isEmpty();
    }

    @Test
    void disablingKeepsTheAccountAndAnAdministratorCannotLockThemselvesOut() throws Exception {
        UserAccount admin = people.create("boss3", Role.ADMIN);
        UserAccount leaver = people.create("leaving", Role.WRITER);

        mvc.perform(post("/admin/users/" + leaver.id())
                .with(csrf())
                .with(user("boss3").roles("ADMIN"))
                .param("displayName", leaver.displayName())
                .param("roles", "writer")
                .param("enabled", "false"));
        MockHttpServletResponse self = mvc.perform(post("/admin/users/" + admin.id())
                        .with(csrf())
                        .with(user("boss3").roles("ADMIN"))
                        .param("displayName", admin.displayName())
                        .param("roles", "writer")
                        .param("enabled", "true"))
                .andReturn()
                .getResponse();

        assertThat(users.findByUsername("leaving").orElseThrow().enabled()).isFalse();
        assertThat(self.getStatus()).isEqualTo(422);
        assertThat(users.findByUsername("boss3").orElseThrow().roles()).contains(Role.ADMIN);
    }
}
