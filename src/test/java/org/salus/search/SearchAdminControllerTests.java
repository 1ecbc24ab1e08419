package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators see the index's state and rebuild it; nobody else can, and never without CSRF. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OwnContext("search-lifecycle")
@AutoConfigureMockMvc
@Import({FixedClock.class, Http.class})
class SearchAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchIndex index;

    @Test
    void anAdministratorSeesTheIndexAndRebuildsIt() throws Exception {
        Document page =
                Jsoup.parse(mvc.perform(get("/admin/search").with(user("boss").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Search index");
        assertThat(page.select("dd").eachText()).contains("ready");
        assertThat(page.selectFirst("form[action=/admin/search/rebuild] input[name=_csrf]"))
                .isNotNull();
        int before = index.status().rebuilds();

        MockHttpServletResponse rebuilt = mvc.perform(post("/admin/search/rebuild")
                        .with(csrf())
                        .with(user("boss").roles("ADMIN")))
                .andReturn()
                .getResponse();
        assertThat(rebuilt.getRedirectedUrl()).isEqualTo("/admin/search?rebuilding");
        index.awaitQuiet(Duration.ofSeconds(30));
        assertThat(index.status().rebuilds()).isEqualTo(before + 1);
        assertThat(index.status().lastRebuildReason()).isEqualTo("asked by boss");
    }

    @Test
    void othersAndForgedRequestsAreRefused() throws Exception {
        assertThat(mvc.perform(get("/admin/search")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(get("/admin/search").with(user("ed").roles("EDITOR")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/admin/search/rebuild").with(user("boss").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
