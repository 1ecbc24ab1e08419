package org.salus.cdshooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which CDS Hooks clients (EHRs) may call the services, {@code salus.cds-hooks.*} (the services' own
 * settings are in {@code CdsHooksProperties}, same prefix). A client signs each call with a JWT; the
 * site trusts the issuers listed here, each with the JWK Set holding its public keys. With no client
 * listed every service call is refused, unless {@code open} is set for a sandbox.
 *
 * @param open          sandbox mode: services answer calls without a signed JWT (and ignore any sent);
 *                      never on a site with real patients' EHRs. A warning is logged at start-up
 * @param clients       the trusted clients: {@code clients[0].issuer}, {@code clients[0].jwks}, ...
 * @param clockSkew     how far the clocks of the EHR and this site may differ: tolerance on {@code exp}
 *                      and on an {@code iat} in the future
 * @param replayWindow  the longest a client's token may still be valid when it arrives (its {@code exp} at
 *                      most this far ahead); its {@code jti} is remembered that long to refuse a replay
 * @param jwksTimeout   connect and read time-out for fetching a client's JWK Set over http(s)
 * @param jwksCache     how long a fetched JWK Set is used before it is fetched again (a token with an
 *                      unknown {@code kid} fetches it at once, at most every 30 seconds)
 */
@ConfigurationProperties("salus.cds-hooks")
public record CdsClientProperties(
        @DefaultValue("false") boolean open,
        List<Client> clients,
        @DefaultValue("PT30S") Duration clockSkew,
        @DefaultValue("PT5M") Duration replayWindow,
        @DefaultValue("PT2S") Duration jwksTimeout,
        @DefaultValue("PT5M") Duration jwksCache) {

    public CdsClientProperties {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /**
     * One trusted CDS client.
     *
     * @param issuer the exact {@code iss} its tokens carry, e.g. {@code https://ehr.example.org/}
     * @param jwks   where its public keys are: an {@code https:} (or {@code http:}) URL of its JWK Set, or a
     *               {@code file:} path to a JWK Set document; a token's {@code jku} header, when present,
     *               must be this URL
     */
    public record Client(String issuer, String jwks) {}
}
