package org.salus.cdshooks.auth;

import static org.salus.cdshooks.auth.ClientAuthenticationTests.assertPassesSecurity;
import static org.salus.cdshooks.auth.ClientAuthenticationTests.assertReachesFeedback;
import static org.salus.cdshooks.auth.TestClients.SERVICE_PATH;
import static org.salus.cdshooks.auth.TestClients.call;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** {@code salus.cds-hooks.open=true}, a sandbox: calls pass without a token, and a bad token is ignored. */
@SiteTest
@TestPropertySource(properties = "salus.cds-hooks.open=true")
class OpenModeTests {

    @Autowired
    Http http;

    @Test
    void callsPassWithoutAToken() {
        assertPassesSecurity(http.send(call(http, SERVICE_PATH, null)));
        assertPassesSecurity(http.send(call(http, SERVICE_PATH, "not.a.jwt")));
        assertReachesFeedback(http.send(call(http, SERVICE_PATH + "/feedback", null)));
    }
}
