package org.salus.cdshooks.feedback;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a feedback body, {@code {"feedback": [{card, outcome, acceptedSuggestions, overrideReason,
 * outcomeTimestamp}]}} (CDS Hooks 2.0 "Feedback"), into the outcomes to store, or refuses it whole
 * with a sentence naming the entry and field. {@code acceptedSuggestions} is not required for
 * {@code accepted}: Salus cards carry links, not suggestions, so clients report a followed link as
 * accepted with none. {@code overrideReason.userComment} is read past, never kept.
 */
@Component
class FeedbackParser {

    /** More entries than any EHR screen shows cards at once. */
    static final int MAX_ENTRIES = 100;

    private static final int MAX_SYSTEM = 500;
    private static final int MAX_CODE = 200;
    private static final int MAX_DISPLAY = 500;
    private static final String URN_UUID = "urn:uuid:";

    private final JsonMapper json;

    FeedbackParser(JsonMapper json) {
        this.json = json;
    }

    List<CardOutcome> parse(byte[] body) {
        JsonNode root = tree(body);
        JsonNode entries = root.path("feedback");
        if (!root.isObject() || !entries.isArray()) {
            throw FeedbackRefusal.invalid("The body must be a JSON object with a \"feedback\" array.");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw FeedbackRefusal.invalid("At most " + MAX_ENTRIES
                    + " feedback entries are accepted in one request; send the rest in another.");
        }
        List<CardOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            outcomes.add(entry(entries.get(i), "feedback[" + i + "]"));
        }
        return outcomes;
    }

    private JsonNode tree(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw FeedbackRefusal.invalid("The body is not valid JSON.");
        }
    }

    private CardOutcome entry(JsonNode entry, String where) {
        if (!entry.isObject()) {
            throw FeedbackRefusal.invalid(where + " must be a JSON object.");
        }
        UUID card = card(entry.path("card"), where + ".card");
        CardOutcome.Outcome outcome = outcome(entry.path("outcome"), where + ".outcome");
        Instant at = instant(entry.path("outcomeTimestamp"), where + ".outcomeTimestamp");
        JsonNode suggestions = entry.path("acceptedSuggestions");
        if (!suggestions.isMissingNode() && !suggestions.isArray()) {
            throw FeedbackRefusal.invalid(where + ".acceptedSuggestions must be an array.");
        }
        CardOutcome.Reason reason = outcome == CardOutcome.Outcome.OVERRIDDEN
                ? reason(entry.path("overrideReason"), where + ".overrideReason")
                : null;
        return new CardOutcome(card, outcome, reason, at);
    }

    private static UUID card(JsonNode node, String where) {
        String text = requiredText(node, where);
        String uuid =
                text.regionMatches(true, 0, URN_UUID, 0, URN_UUID.length()) ? text.substring(URN_UUID.length()) : text;
        try {
            if (uuid.length() == 36) {
                return UUID.fromString(uuid);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw FeedbackRefusal.invalid(where + " must be the uuid of a card this service answered with.");
    }

    private static CardOutcome.Outcome outcome(JsonNode node, String where) {
        return switch (requiredText(node, where)) {
            case "accepted" -> CardOutcome.Outcome.ACCEPTED;
            case "overridden" -> CardOutcome.Outcome.OVERRIDDEN;
            default -> throw FeedbackRefusal.invalid(where + " must be \"accepted\" or \"overridden\".");
        };
    }

    private static Instant instant(JsonNode node, String where) {
        String text = requiredText(node, where);
        try {
            return OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)).toInstant();
        } catch (DateTimeParseException e) {
            throw FeedbackRefusal.invalid(where + " must be a date and time such as 2026-12-05T10:05:31Z.");
        }
    }

    /** The Coding of the reason, or null when the user gave none (or only a comment, which is not kept). */
    private static CardOutcome.Reason reason(JsonNode node, String where) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw FeedbackRefusal.invalid(where + " must be a JSON object.");
        }
        JsonNode coding = node.path("reason");
        if (coding.isMissingNode() || coding.isNull()) {
            return null;
        }
        if (!coding.isObject()) {
            throw FeedbackRefusal.invalid(where + ".reason must be a Coding object.");
        }
        String code = optionalText(coding.path("code"), where + ".reason.code", MAX_CODE);
        if (code == null) {
            throw FeedbackRefusal.invalid(where + ".reason needs a code.");
        }
        return new CardOutcome.Reason(
                optionalText(coding.path("system"), where + ".reason.system", MAX_SYSTEM),
                code,
                optionalText(coding.path("display"), where + ".reason.display", MAX_DISPLAY));
    }

    private static String requiredText(JsonNode node, String where) {
        if (!node.isString() || node.asString().isBlank()) {
            throw FeedbackRefusal.invalid(where + " is required and must be a string.");
        }
        return node.asString().strip();
    }

    private static String optionalText(JsonNode node, String where, int max) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw FeedbackRefusal.invalid(where + " must be a string.");
        }
        String text = node.asString().strip();
        if (text.length() > max) {
            throw FeedbackRefusal.invalid(where + " is longer than " + max + " characters.");
        }
        return text.isEmpty() ? null : text;
    }
}
