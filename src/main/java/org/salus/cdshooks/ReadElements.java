package org.salus.cdshooks;

import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The elements of a prefetched resource that a service reads, cut out of the request's JSON before
 * HAPI FHIR parses it. HAPI's parse costs in proportion to the elements it meets, and it was most of
 * the CPU of a patient-view answer (bench/cds-hooks.sh, docs/cds-hooks.md "Speed"): an EHR's
 * Conditions carry categories, subjects, notes, evidence, narratives (XHTML, the dearest part) that
 * the service never looks at. A Bundle keeps only its entries that hold a resource of the type read;
 * a resource of another type (an OperationOutcome in place of the data, or something that is not FHIR)
 * goes to HAPI whole, so it is still recognised or refused as before.
 *
 * @param type     the resource type read ({@code Condition})
 * @param elements its elements that are read; {@code resourceType} is always kept
 */
record ReadElements(String type, Set<String> elements) {

    static final ReadElements CONDITIONS =
            new ReadElements("Condition", Set.of("id", "code", "clinicalStatus", "verificationStatus"));

    static final ReadElements PATIENT = new ReadElements("Patient", Set.of("id", "communication"));

    /** {@code json} with only what is read; {@code json} itself when it is neither a Bundle nor of the type read. */
    JsonNode of(JsonNode json) {
        JsonNode resourceType = json.get("resourceType");
        if (resourceType == null || !resourceType.isString()) {
            return json;
        }
        if (resourceType.asString().equals(type)) {
            return resource(json);
        }
        if (!resourceType.asString().equals("Bundle") || !(json.get("entry") instanceof ArrayNode entries)) {
            return json;
        }
        ObjectNode bundle = JsonNodeFactory.instance.objectNode();
        bundle.put("resourceType", "Bundle");
        if (json.get("type") != null) {
            bundle.set("type", json.get("type"));
        }
        ArrayNode kept = bundle.putArray("entry");
        for (JsonNode entry : entries) {
            JsonNode resource = entry.get("resource");
            if (resource != null
                    && resource.isObject()
                    && resource.get("resourceType") != null
                    && type.equals(resource.get("resourceType").asString(null))) {
                kept.addObject().set("resource", resource(resource));
            }
        }
        return bundle;
    }

    private JsonNode resource(JsonNode json) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        kept.put("resourceType", type);
        for (String element : elements) {
            JsonNode value = json.get(element);
            if (value != null) {
                kept.set(element, value);
            }
        }
        return kept;
    }
}
