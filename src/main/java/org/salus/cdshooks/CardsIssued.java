package org.salus.cdshooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published after a CDS Hooks service answered with cards, so the cards shown in EHRs can be
 * counted per article. Carries no patient data.
 *
 * @param serviceId the service that answered
 * @param at        when it answered
 * @param cards     the cards' uuids and the articles they link to
 */
public record CardsIssued(String serviceId, Instant at, List<Card> cards) {

    /** One card: its uuid (sent back in feedback) and the article it is about. */
    public record Card(UUID uuid, long articleId) {}
}
