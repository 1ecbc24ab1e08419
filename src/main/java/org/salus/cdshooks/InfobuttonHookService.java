package org.salus.cdshooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salus.infobutton.KnowledgeMatcher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The proposed {@code infobutton} hook (CDS Hooks issue "CDS Hooks should support Infobutton"): the
 * HL7 Infobutton key/value pairs travel inside {@code context} and are read by the same parser and
 * matcher as {@code /infobutton}, so they mean exactly what they mean there. Keys may be flat
 * ({@code "mainSearchCriteria.v.c": "E11.9"}) or nested objects ({@code "mainSearchCriteria": {"v":
 * {"c": ...}}}); every other context field ({@code patientId}, {@code userId}) is ignored, as the
 * Infobutton ignores context it does not use.
 */
@Component
class InfobuttonHookService implements CdsService {

    private static final int MAX_DEPTH = 4;

    private final KnowledgeMatcher matcher;

    InfobuttonHookService(KnowledgeMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public String id() {
        return CdsServiceIds.INFOBUTTON;
    }

    @Override
    public String hook() {
        return "infobutton";
    }

    @Override
    public String title() {
        return "Infobutton knowledge request as a hook";
    }

    @Override
    public String description() {
        return "The HL7 Infobutton parameters (mainSearchCriteria.v.c, mainSearchCriteria.v.cs,"
                + " informationRecipient.languageCode.c, maxResults) inside context, answered with cards from the same"
                + " matcher as /infobutton.";
    }

    @Override
    public Map<String, String> prefetch() {
        return Map.of();
    }

    @Override
    public List<KnowledgeMatcher.Match> matches(CdsRequest request) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        flatten("", request.context(), parameters, 0);
        try {
            return matcher.answer(parameters).matches();
        } catch (IllegalArgumentException e) {
            throw CdsHooksException.invalid("In context: " + e.getMessage());
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String[]> into, int depth) {
        if (depth > MAX_DEPTH) {
            throw CdsHooksException.invalid("Field context nests deeper than the Infobutton's parameter names.");
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(name + ".", value, into, depth + 1);
            } else if (value.isArray()) {
                List<String> values = new ArrayList<>();
                value.forEach(item -> {
                    if (item.isValueNode()) {
                        values.add(item.asString());
                    }
                });
                into.put(name, values.toArray(String[]::new));
            } else if (value.isValueNode() && !value.isNull()) {
                into.put(name, new String[] {value.asString()});
            }
        }
    }
}
