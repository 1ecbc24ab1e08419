package org.salus.cdshooks.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.salus.cdshooks.CdsServiceIds;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /cds-services/{id}/feedback}: what EHR users did with the cards a service answered
 * with. Answers 200 (empty body) only after every entry is stored; refuses the whole request with a
 * 4xx FHIR OperationOutcome otherwise, storing nothing: unknown service (404), a body over
 * {@value #MAX_BYTES} bytes (413), malformed JSON or a missing or wrong field (400), a card this
 * service never answered with, or whose record has expired (404).
 */
@RestController
class CdsFeedbackController {

    /** Far more than {@link FeedbackParser#MAX_ENTRIES} entries need; read no further. */
    static final int MAX_BYTES = 64 * 1024;

    private final FeedbackParser parser;
    private final CardRecords records;
    private final Clock clock;

    CdsFeedbackController(FeedbackParser parser, CardRecords records, Clock clock) {
        this.parser = parser;
        this.records = records;
        this.clock = clock;
    }

    @PostMapping("/cds-services/{id}/feedback")
    ResponseEntity<Void> feedback(@PathVariable String id, HttpServletRequest request) throws IOException {
        if (!CdsServiceIds.ALL.contains(id)) {
            throw new FeedbackRefusal(
                    HttpStatus.NOT_FOUND, "not-found", "There is no CDS Hooks service with this id here.");
        }
        List<CardOutcome> outcomes = parser.parse(body(request));
        requireIssuedBy(id, outcomes);
        records.store(outcomes, clock.instant());
        return ResponseEntity.ok().build();
    }

    /** Every card must be one this service answered with and still on record. */
    private void requireIssuedBy(String service, List<CardOutcome> outcomes) {
        Set<UUID> cards = new LinkedHashSet<>();
        outcomes.forEach(o -> cards.add(o.card()));
        Map<UUID, String> issuers = records.servicesOf(cards);
        for (int i = 0; i < outcomes.size(); i++) {
            if (!service.equals(issuers.get(outcomes.get(i).card()))) {
                throw new FeedbackRefusal(
                        HttpStatus.NOT_FOUND,
                        "not-found",
                        "feedback[" + i + "].card is not a card this service answered with"
                                + " (unknown, or older than the feedback kept). Nothing was stored.");
            }
        }
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw tooLarge();
            }
            return body;
        }
    }

    private static FeedbackRefusal tooLarge() {
        return new FeedbackRefusal(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-long",
                "The feedback body is larger than " + MAX_BYTES / 1024 + " KB; send fewer entries at a time.");
    }

    @ExceptionHandler(FeedbackRefusal.class)
    ResponseEntity<Map<String, Object>> refused(FeedbackRefusal refusal) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("severity", "error");
        issue.put("code", refusal.issueType());
        issue.put("diagnostics", refusal.getMessage());
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("resourceType", "OperationOutcome");
        outcome.put("issue", List.of(issue));
        return ResponseEntity.status(refusal.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(outcome);
    }
}
