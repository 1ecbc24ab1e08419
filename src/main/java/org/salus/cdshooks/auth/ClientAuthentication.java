package org.salus.cdshooks.auth;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.salus.cdshooks.CdsClientProperties;
import org.salus.web.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;

/**
 * JWT client authentication of the CDS Hooks services (CDS Hooks 2.0 "Trusting CDS Clients"), added to
 * their security filter chain by {@code CdsSecurityConfiguration}: Spring Security's OAuth2 resource server
 * with one Nimbus decoder per registered client ({@link TrustedClients}) and the checks that depend on the
 * request ({@link ClientTokens}); refusals answer {@link Refusals}. The discovery document
 * ({@code GET /cds-services}) is public, so a token sent with it is not read.
 */
@Component
@ConditionalOnWebApplication // commands such as 'import' call no service
public class ClientAuthentication {

    /** The discovery endpoint, which lists the services and needs no token. */
    public static final String DISCOVERY = "/cds-services";

    private static final Logger log = LoggerFactory.getLogger(ClientAuthentication.class);

    private final CdsClientProperties properties;
    private final TrustedClients clients;
    private final ClientTokens tokens;
    private final Refusals refusals = new Refusals();

    ClientAuthentication(CdsClientProperties properties, SiteProperties site, UsedTokenIds usedIds, Clock clock) {
        this.properties = properties;
        this.clients = TrustedClients.of(properties, clock);
        this.tokens = new ClientTokens(clients, new ServiceAddress(site), usedIds, properties.clockSkew());
        if (properties.open()) {
            log.warn("salus.cds-hooks.open=true: the CDS Hooks services answer ANY caller without a signed JWT."
                    + " Use this only for a sandbox, never with real patients' EHRs.");
        } else if (clients.isEmpty()) {
            log.info("No CDS Hooks client is registered (salus.cds-hooks.clients): every service call is refused");
        } else {
            log.info("CDS Hooks services trust {} registered client(s)", clients.size());
        }
    }

    /** Whether services answer without a signed JWT ({@code salus.cds-hooks.open}). */
    public boolean open() {
        return properties.open();
    }

    /** Requires a registered client's signed JWT on the chain's requests that are not permitted to all. */
    public void apply(HttpSecurity http) {
        http.oauth2ResourceServer(server -> server.authenticationManagerResolver(tokens)
                        .bearerTokenResolver(notOnDiscovery())
                        .authenticationEntryPoint(refusals))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(refusals));
    }

    private static BearerTokenResolver notOnDiscovery() {
        DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
        return request -> isDiscovery(request) ? null : header.resolve(request);
    }

    private static boolean isDiscovery(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod())
                && request.getRequestURI()
                        .substring(request.getContextPath().length())
                        .equals(DISCOVERY);
    }
}
