package org.salus.cdshooks.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * One feedback entry as stored: the card, what the user did, the override reason's coding (all
 * null when none was given) and when. The clinician's {@code userComment} is not here on purpose:
 * free text may name the patient, and nothing from a request that could be patient data is kept.
 */
record CardOutcome(UUID card, Outcome outcome, Reason reason, Instant at) {

    enum Outcome {
        ACCEPTED,
        OVERRIDDEN;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The override reason's Coding: a code from the list the card offered, not free text. */
    record Reason(String system, String code, String display) {}
}
