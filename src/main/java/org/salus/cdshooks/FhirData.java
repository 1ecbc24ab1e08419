package org.salus.cdshooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The FHIR resources a service reads, from the request's prefetch or else from the EHR's FHIR
 * server, parsed by HAPI FHIR (R4). Prefetch follows CDS Hooks §"Prefetch Template": a missing key
 * means "not prefetched" (fetch it or do without), a null value "the client has no data", and an
 * OperationOutcome in place of the data "the client could not fetch it" (treated as not prefetched).
 */
@Component
class FhirData {

    /** Conditions that are no longer, or never were, the patient's: no education for them. */
    private static final Set<String> NOT_CURRENT = Set.of("inactive", "resolved", "remission");

    private static final Set<String> NOT_TRUE = Set.of("refuted", "entered-in-error");

    private final FhirContext fhir;
    private final FhirServerClient server;

    FhirData(FhirContext fhir, FhirServerClient server) {
        this.fhir = fhir;
        this.server = server;
    }

    /**
     * The patient's current conditions: prefetched under {@code key}, else searched on the FHIR
     * server; empty when neither gave an answer (the caller answers 412).
     */
    Optional<List<Condition>> conditions(CdsRequest request, String key, String patientId) {
        Optional<JsonNode> prefetched = request.prefetched(key);
        Optional<IBaseResource> resource = prefetched.isPresent()
                ? prefetched.get().isNull()
                        ? Optional.of(new Bundle())
                        : usable(parse(prefetched.get(), "prefetch." + key, ReadElements.CONDITIONS))
                : Optional.empty();
        if (resource.isEmpty() && request.canReachFhirServer()) {
            resource = server.get(request, "Condition?patient=" + patientId + "&_count=100")
                    .flatMap(this::parseAnswer)
                    .flatMap(FhirData::usable);
        }
        return resource.map(found -> resources(found, Condition.class).stream()
                .filter(FhirData::current)
                .toList());
    }

    /** The patient: prefetched under {@code key}, else read from the FHIR server; empty when neither works. */
    Optional<Patient> patient(CdsRequest request, String key, String patientId) {
        Optional<JsonNode> prefetched = request.prefetched(key);
        Optional<IBaseResource> resource =
                prefetched.isPresent() && !prefetched.get().isNull()
                        ? usable(parse(prefetched.get(), "prefetch." + key, ReadElements.PATIENT))
                        : Optional.empty();
        if (resource.isEmpty() && prefetched.isEmpty() && request.canReachFhirServer()) {
            resource = server.get(request, "Patient/" + patientId)
                    .flatMap(this::parseAnswer)
                    .flatMap(FhirData::usable);
        }
        return resource.flatMap(
                found -> resources(found, Patient.class).stream().findFirst());
    }

    /** A FHIR resource sent inside the request (a prefetch value, {@code context.draftOrders}); 400 when it is not one. */
    IBaseResource parse(JsonNode json, String field) {
        if (!json.isObject()) {
            throw CdsHooksException.invalid("Field " + field + " must be a FHIR resource (a JSON object).");
        }
        return parseJson(json.toString(), field);
    }

    /** As {@link #parse(JsonNode, String)}, of only the elements {@code read} (HAPI's parse is the dear part). */
    private IBaseResource parse(JsonNode json, String field, ReadElements read) {
        if (!json.isObject()) {
            throw CdsHooksException.invalid("Field " + field + " must be a FHIR resource (a JSON object).");
        }
        return parseJson(read.of(json).toString(), field);
    }

    private IBaseResource parseJson(String json, String field) {
        try {
            return fhir.newJsonParser().parseResource(json);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw CdsHooksException.invalid("Field " + field + " is not a FHIR R4 resource HAPI FHIR can read.");
        }
    }

    /** The resources of type {@code type} in a Bundle's entries (and their contained ones are theirs), or the resource itself. */
    static <T extends Resource> List<T> resources(IBaseResource resource, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (resource instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (type.isInstance(entry.getResource())) {
                    found.add(type.cast(entry.getResource()));
                }
            }
        } else if (type.isInstance(resource)) {
            found.add(type.cast(resource));
        }
        return found;
    }

    private Optional<IBaseResource> parseAnswer(String json) {
        try {
            return Optional.of(fhir.newJsonParser().parseResource(json));
        } catch (DataFormatException | IllegalArgumentException e) {
            return Optional.empty(); // the server's answer is unreadable: as if it had not answered
        }
    }

    private static Optional<IBaseResource> usable(IBaseResource resource) {
        return resource instanceof OperationOutcome ? Optional.empty() : Optional.of(resource);
    }

    private static boolean current(Condition condition) {
        return !has(condition.getClinicalStatus(), NOT_CURRENT) && !has(condition.getVerificationStatus(), NOT_TRUE);
    }

    private static boolean has(CodeableConcept concept, Set<String> codes) {
        return concept.getCoding().stream().anyMatch(coding -> codes.contains(coding.getCode()));
    }
}
