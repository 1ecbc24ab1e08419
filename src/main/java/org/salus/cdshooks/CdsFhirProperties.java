package org.salus.cdshooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Calls to an EHR's FHIR server when a request brings no prefetch, {@code salus.cds-hooks.fhir.*}.
 * The answer should come "on the order of 500 ms" (CDS Hooks), so the defaults are short.
 *
 * @param connectTimeout how long to wait for the FHIR server to accept the connection
 * @param readTimeout    how long one FHIR request may take, answer included
 * @param maxBytes       the largest FHIR answer read; a larger one counts as no answer (412)
 */
@ConfigurationProperties("salus.cds-hooks.fhir")
public record CdsFhirProperties(
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout,
        @DefaultValue("2MB") DataSize maxBytes) {}
