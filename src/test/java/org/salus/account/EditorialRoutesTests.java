package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every editorial route the application maps, found from its own handler mappings: anonymous
 * people are sent to sign in, wrong roles get 403, the right roles get through. A route added
 * without a rule in {@link EditorialRoutes} fails here.
 */
@SpringBootTest
@OwnContext("routes")
@AutoConfigureMockMvc
@Import(People.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialRoutesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    People people;

    final Map<Role, String> usernames = new EnumMap<>(Role.class);

    @BeforeAll
    void onePersonPerRole() {
        for (Role role : Role.values()) {
            usernames.put(role, people.create("only" + role.code(), role).username());
        }
    }

    record Route(HttpMethod method, String pattern) {

        String samplePath() {
            return pattern.replace("{id}", "999999").replace("{slug}", "insulin-resistance");
        }
    }

    List<Route> editorialRoutes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!EditorialRoutes.isProtected(pattern)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add(new Route(HttpMethod.GET, pattern));
                    routes.add(new Route(HttpMethod.POST, pattern));
                }
                methods.forEach(m -> routes.add(new Route(HttpMethod.valueOf(m.name()), pattern)));
            }
        }
        return routes;
    }

    @Test
    void theApplicationHasEditorialRoutesToCheck() {
        assertThat(editorialRoutes())
                .extracting(Route::pattern)
                .contains("/editor", "/editor/revisions/{id}/approve", "/admin/users", "/account/password");
    }

    @TestFactory
    Stream<DynamicTest> everyEditorialRouteAdmitsExactlyItsRoles() {
        return editorialRoutes().stream()
                .map(route -> DynamicTest.dynamicTest(route.method() + " " + route.pattern(), () -> {
                    EditorialRoutes.Rule rule = EditorialRoutes.ruleFor(route.method(), route.samplePath())
                            .orElseThrow(() -> new AssertionError(route + " has no rule in EditorialRoutes"));

                    MockHttpServletResponse anonymous = perform(route, null);
                    assertThat(anonymous.getStatus()).as("anonymous %s", route).isEqualTo(302);
                    assertThat(anonymous.getRedirectedUrl())
                            .as("anonymous %s", route)
                            .endsWith("/login");

                    for (Role role : Role.values()) {
                        MockHttpServletResponse response = perform(route, role);
                        if (rule.roles().contains(role)) {
                            assertThat(response.getStatus())
                                    .as("%s as %s", route, role)
                                    .isNotIn(401, 403);
                            assertThat(String.valueOf(response.getRedirectedUrl()))
                                    .as("%s as %s", route, role)
                                    .doesNotEndWith("/login");
                        } else {
                            assertThat(response.getStatus())
                                    .as("%s as %s", route, role)
                                    .isEqualTo(403);
                        }
                    }
                }));
    }

    @Test
    void formsWithoutAValidCsrfTokenAreRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/editor/articles")
                        .with(user(usernames.get(Role.WRITER)).roles("WRITER"))
                        .param("title", "No token"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse perform(Route route, Role role) throws Exception {
        var builder = request(route.method(), route.samplePath()).with(csrf());
        if (role != null) {
            builder = builder.with(user(usernames.get(role)).roles(role.name()));
        }
        return mvc.perform(builder).andReturn().getResponse();
    }
}
