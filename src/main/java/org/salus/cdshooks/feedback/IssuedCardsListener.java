package org.salus.cdshooks.feedback;

import org.salus.cdshooks.CardsIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Records the cards of every CDS Hooks answer, in the answering thread, before the EHR sees them:
 * feedback on a card can then never arrive before its record. One batched insert per answer (the
 * cost is in bench/cds-hooks.sh). A failure to record is logged and swallowed: counting must never
 * turn a clinician's answer into an error. The log names counts only, never the request.
 */
@Component
class IssuedCardsListener {

    private static final Logger log = LoggerFactory.getLogger(IssuedCardsListener.class);

    private final CardRecords records;

    IssuedCardsListener(CardRecords records) {
        this.records = records;
    }

    @EventListener
    void on(CardsIssued answer) {
        if (answer.cards().isEmpty()) {
            return;
        }
        try {
            records.issued(answer);
        } catch (DataAccessException e) {
            log.warn(
                    "Could not record {} CDS Hooks cards of service {}: {}",
                    answer.cards().size(),
                    answer.serviceId(),
                    e.getMostSpecificCause().getClass().getSimpleName());
        }
    }
}
