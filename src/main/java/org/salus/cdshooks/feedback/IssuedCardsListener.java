package org.salus.cdshooks.feedback;

import org.salus.cdshooks.CardsIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the cards of every CDS Hooks answer: queued in the answering thread (no database work on
 * the answer's path, and no waiting: see {@link CardRecords#issued}), written in one batch twice a
 * second by the scheduler, and on
 * shutdown after the last answer has left (the web server stops before beans are destroyed), so no
 * card of an answer sent is lost by a clean stop. Feedback on a card that is still queued is
 * accepted: {@link CardRecords} writes the queue before it looks a card up. A hard kill loses at
 * most the last half second of counts, never an answer. A failure to record is logged by count and
 * swallowed: counting must never turn a clinician's answer into an error.
 */
@Component
class IssuedCardsListener implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IssuedCardsListener.class);

    private final CardRecords records;

    IssuedCardsListener(CardRecords records) {
        this.records = records;
    }

    @EventListener
    void on(CardsIssued answer) {
        if (!answer.cards().isEmpty()) {
            records.issued(answer); // never a write here: answering threads queued behind one (p99 1.25 s)
        }
    }

    @Scheduled(fixedDelay = 500, initialDelay = 500)
    void write() {
        try {
            records.flush();
            long notCounted = records.takeNotCounted();
            if (notCounted > 0) {
                log.warn("{} CDS Hooks cards were not counted: the database could not keep up", notCounted);
            }
        } catch (DataAccessException e) { // the database is away: the next write tries again with what is new
            log.warn(
                    "Could not record CDS Hooks cards: {}",
                    e.getMostSpecificCause().getClass().getSimpleName());
        }
    }

    @Override
    public void destroy() {
        write();
    }
}
