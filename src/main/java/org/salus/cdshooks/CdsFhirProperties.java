package org.salus.cdshooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Calls to an EHR's FHIR server when a request brings no prefetch, {@code salus.cds-hooks.fhir.*}.
 * The answer should come "on the order of 500 ms" (CDS Hooks), so the defaults are short.
 *
 * @param connectTimeout      how long to wait for the FHIR server to accept the connection
 * @param readTimeout         how long one FHIR request may take, answer included; a search that pages
 *                            gets this long for all its pages together
 * @param maxBytes            the largest FHIR answer read (per page); a larger one counts as no answer (412)
 * @param allowedPrivateHosts FHIR server hosts that may resolve to private, loopback or link-local
 *                            addresses (a hospital's server on its own network); every other such
 *                            {@code fhirServer} is refused, since the address comes from the request
 * @param maxPages            the most pages of one search read (the first and its {@code next} links)
 * @param maxResources        the most resources of one search kept, over all its pages
 */
@ConfigurationProperties("salus.cds-hooks.fhir")
public record CdsFhirProperties(
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout,
        @DefaultValue("2MB") DataSize maxBytes,
        @DefaultValue List<String> allowedPrivateHosts,
        @DefaultValue("5") int maxPages,
        @DefaultValue("500") int maxResources) {}
