package org.salus.cdshooks.auth;

import static org.salus.cdshooks.auth.ClientAuthenticationTests.assertRefused;
import static org.salus.cdshooks.auth.TestClients.SERVICE_PATH;
import static org.salus.cdshooks.auth.TestClients.call;
import static org.salus.cdshooks.auth.TestClients.claims;
import static org.salus.cdshooks.auth.TestClients.signed;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A site with no CDS client registered (the default) refuses every service call, signed or not. */
@SiteTest
class NoClientsTests {

    @Autowired
    Http http;

    @Test
    void everyCallIsRefusedWhenNoClientIsRegistered() {
        assertRefused(http.send(call(http, SERVICE_PATH, signed(claims()))), "No CDS client is registered");
        assertRefused(http.send(call(http, SERVICE_PATH, null)), "needs a signed JWT");
        assertRefused(http.send(call(http, SERVICE_PATH + "/feedback", null)), "needs a signed JWT");
    }
}
