package org.salus.api.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.audit.AuditLog;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators issue (shown once), list and revoke API keys; nobody else can, and no form works without its token. */
@SpringBootTest
@OwnContext("admin")
@AutoConfigureMockMvc
@Import(People.class)
class ApiKeyControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    ApiKeys keys;

    @Autowired
    ApiKeyRepository repository;

    @Autowired
    AuditLog audit;

    @Test
    void anAdministratorIssuesAKeyThatIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        people.create("keyboss", Role.ADMIN);

        MockHttpServletResponse response = mvc.perform(post("/admin/api-keys")
                        .with(csrf())
                        .with(user("keyboss").roles("ADMIN"))
                        .param("name", "City Hospital portal"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        String token = Jsoup.parse(response.getContentAsString())
                .selectFirst("#issued-token")
                .text();
        assertThat(token).startsWith("salus_").hasSizeGreaterThan(40);
        ApiKey key = keys.check(token).orElseThrow();
        assertThat(key.name()).isEqualTo("City Hospital portal");
        assertThat(key.createdBy()).isEqualTo("keyboss");
        String stored = repository.hashOf(key.id()).orElseThrow();
        assertThat(stored).isEqualTo(ApiKeys.hash(token)).hasSize(64).doesNotContain(token.substring(6));
        assertThat(audit.recent(null, 1).get(0).action()).isEqualTo("api-key.issued");

        Document list = Jsoup.parse(
                mvc.perform(get("/admin/api-keys").with(user("keyboss").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(list.text())
                .contains("City Hospital portal", key.tokenPrefix())
                .doesNotContain(token);
        Document accounts =
                Jsoup.parse(mvc.perform(get("/admin/users").with(user("keyboss").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(accounts.select("a[href=/admin/api-keys]")).hasSize(1);
    }

    @Test
    void revokingAKeyRefusesItAtOnceAndIsAudited() throws Exception {
        people.create("keyboss2", Role.ADMIN);
        IssuedKey issued = keys.issue("Leaving partner", "keyboss2");
        assertThat(keys.check(issued.token())).isPresent();

        MockHttpServletResponse response = mvc.perform(
                        post("/admin/api-keys/" + issued.key().id() + "/revoke")
                                .with(csrf())
                                .with(user("keyboss2").roles("ADMIN")))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/api-keys?revoked");
        assertThat(keys.check(issued.token())).isEmpty();
        assertThat(repository.find(issued.key().id()).orElseThrow().revokedBy()).isEqualTo("keyboss2");
        assertThat(audit.recent(null, 1).get(0).action()).isEqualTo("api-key.revoked");
        assertThat(mvc.perform(post("/admin/api-keys/" + issued.key().id() + "/revoke")
                                .with(csrf())
                                .with(user("keyboss2").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aBlankOrOverlongNameIsRefusedWithTheFieldMarked() throws Exception {
        people.create("keyboss3", Role.ADMIN);
        int before = keys.all().size();

        MockHttpServletResponse response = mvc.perform(post("/admin/api-keys")
                        .with(csrf())
                        .with(user("keyboss3").roles("ADMIN"))
                        .param("name", "x".repeat(121)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(response.getContentAsString()).selectFirst("#f-name-error"))
                .isNotNull();
        assertThat(keys.all()).hasSize(before);
    }

    @Test
    void readersEditorsAndFormsWithoutTheTokenAreRefused() throws Exception {
        people.create("keywriter", Role.WRITER);
        int before = keys.all().size();

        MockHttpServletResponse anonymous =
                mvc.perform(get("/admin/api-keys")).andReturn().getResponse();
        MockHttpServletResponse writer = mvc.perform(post("/admin/api-keys")
                        .with(csrf())
                        .with(user("keywriter").roles("WRITER"))
                        .param("name", "Sneaky"))
                .andReturn()
                .getResponse();
        MockHttpServletResponse noToken = mvc.perform(post("/admin/api-keys")
                        .with(user("keyboss").roles("ADMIN"))
                        .param("name", "Forged"))
                .andReturn()
                .getResponse();

        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        assertThat(writer.getStatus()).isEqualTo(403);
        assertThat(noToken.getStatus()).isEqualTo(403);
        assertThat(keys.all()).hasSize(before);
    }
}
