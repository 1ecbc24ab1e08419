package org.salus.cdshooks;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The Medication a MedicationRequest's {@code medicationReference} names, looked for where an EHR
 * may have put it: contained in the order ({@code #id}), an entry of the draft orders Bundle, a
 * prefetch value (the Medication itself or a Bundle holding it), and only then read from the EHR's
 * FHIR server ({@code Medication/{id}}, through {@link FhirServerClient}: same address guard, timeouts
 * and size limit). Not found anywhere, or unreadable: no Medication, so no card for that order.
 */
@Component
class MedicationLookup {

    /** A relative reference, as CDS Hooks' draft orders use (FHIR R4 §2.3.0 "Literal References"). */
    private static final Pattern LOCAL = Pattern.compile("Medication/([A-Za-z0-9\\-.]{1,64})(?:/_history/[^/]+)?");

    private final FhirContext fhir;
    private final FhirServerClient server;

    MedicationLookup(FhirContext fhir, FhirServerClient server) {
        this.fhir = fhir;
        this.server = server;
    }

    /** Lookups for one request: a Medication named by several orders is looked for (and fetched) once. */
    Lookup in(CdsRequest request, IBaseResource draftOrders) {
        return new Lookup(request, draftOrders);
    }

    final class Lookup {

        private final CdsRequest request;
        private final IBaseResource draftOrders;
        private final Map<String, Optional<Medication>> found = new HashMap<>();

        private Lookup(CdsRequest request, IBaseResource draftOrders) {
            this.request = request;
            this.draftOrders = draftOrders;
        }

        /** The Medication the order references, wherever it is; empty when it names none or none is found. */
        Optional<Medication> medication(MedicationRequest order) {
            if (!order.hasMedicationReference()) {
                return Optional.empty();
            }
            Reference reference = order.getMedicationReference();
            if (reference.getResource() instanceof Medication medication) {
                return Optional.of(medication);
            }
            String ref = reference.getReference();
            if (ref == null) {
                return Optional.empty();
            }
            if (ref.startsWith("#")) {
                for (Resource contained : order.getContained()) {
                    if (contained instanceof Medication medication && ref.equals("#" + contained.getIdPart())) {
                        return Optional.of(medication);
                    }
                }
                return Optional.empty();
            }
            Matcher local = LOCAL.matcher(ref.trim());
            return local.matches() ? found.computeIfAbsent(local.group(1), this::elsewhere) : Optional.empty();
        }

        private Optional<Medication> elsewhere(String id) {
            Optional<Medication> sent = FhirData.resources(draftOrders, Medication.class).stream()
                    .filter(medication -> id.equals(medication.getIdPart()))
                    .findFirst()
                    .or(() -> prefetched(id));
            if (sent.isPresent() || !request.canReachFhirServer()) {
                return sent;
            }
            return server.get(request, "Medication/" + id)
                    .flatMap(MedicationLookup.this::parse)
                    .filter(medication -> id.equals(medication.getIdPart()));
        }

        /** The Medication with this id among the prefetch values: parsed alone, the rest of the prefetch is not. */
        private Optional<Medication> prefetched(String id) {
            if (request.prefetch() == null) {
                return Optional.empty();
            }
            for (JsonNode value : request.prefetch()) {
                if (isMedication(value, id)) {
                    return parse(value.toString());
                }
                if (value.path("resourceType").asString("").equals("Bundle")) {
                    for (JsonNode entry : value.path("entry")) {
                        if (isMedication(entry.path("resource"), id)) {
                            return parse(entry.path("resource").toString());
                        }
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static boolean isMedication(JsonNode resource, String id) {
        return resource.path("resourceType").asString("").equals("Medication")
                && resource.path("id").asString("").equals(id);
    }

    private Optional<Medication> parse(String json) {
        try {
            return Optional.of(fhir.newJsonParser().parseResource(Medication.class, json));
        } catch (DataFormatException | IllegalArgumentException e) {
            return Optional.empty(); // unreadable: as if it had not been sent
        }
    }
}
