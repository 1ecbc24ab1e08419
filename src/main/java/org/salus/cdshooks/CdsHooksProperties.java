package org.salus.cdshooks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the CDS Hooks services answer, {@code salus.cds-hooks.*} (the client settings under the same
 * prefix, such as {@code open}, are the security configuration's).
 *
 * @param maxCards       the most cards one answer carries (one per condition or medicine with an article)
 * @param maxRequestSize the largest request body a service reads; larger ones are refused with 400 and an
 *                       OperationOutcome (keep it below {@code salus.request-body.max-buffered}, which answers 413)
 */
@ConfigurationProperties("salus.cds-hooks")
public record CdsHooksProperties(
        @DefaultValue("5") int maxCards,
        @DefaultValue("192KB") DataSize maxRequestSize) {

    public CdsHooksProperties {
        if (maxCards < 1) {
            throw new IllegalArgumentException("salus.cds-hooks.max-cards must be at least 1");
        }
    }
}
