package org.salus.cdshooks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.salus.infobutton.KnowledgeMatcher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code order-select}: when the clinician selects medication orders, the medicine articles for
 * them. Reads the MedicationRequests of {@code context.draftOrders} whose ids are in
 * {@code context.selections} (the newly selected ones), and their RxNorm codings: on
 * {@code medicationCodeableConcept}, or on the Medication the request references ({@code
 * medicationReference}): contained, sent with the draft orders or the prefetch, else read from the EHR's
 * FHIR server ({@link MedicationLookup}).
 */
@Component
class MedicinesService implements CdsService {

    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final int MAX_SELECTIONS = 100;

    private final FhirData fhir;
    private final EducationService education;
    private final MedicationLookup medications;

    MedicinesService(FhirData fhir, EducationService education, MedicationLookup medications) {
        this.fhir = fhir;
        this.education = education;
        this.medications = medications;
    }

    @Override
    public String id() {
        return CdsServiceIds.MEDICINES;
    }

    @Override
    public String hook() {
        return "order-select";
    }

    @Override
    public String title() {
        return "Patient education for selected medicines";
    }

    @Override
    public String description() {
        return "Links to reviewed plain-language articles about the medicines being ordered: the RxNorm codings of"
                + " the selected MedicationRequests in context.draftOrders, in the patient's preferred language.";
    }

    @Override
    public Map<String, String> prefetch() {
        Map<String, String> prefetch = new LinkedHashMap<>();
        prefetch.put(EducationService.PATIENT, "Patient/{{context.patientId}}");
        return prefetch;
    }

    @Override
    public List<KnowledgeMatcher.Match> matches(CdsRequest request) {
        String patientId = request.patientId();
        Set<String> selections = selections(request.context().get("selections"));
        JsonNode orders = request.context().get("draftOrders");
        if (orders == null || orders.isNull()) {
            throw CdsHooksException.invalid("Field context.draftOrders is required by this hook (a FHIR Bundle).");
        }
        IBaseResource draftOrders = fhir.parse(orders, "context.draftOrders");
        List<MedicationRequest> selected = FhirData.resources(draftOrders, MedicationRequest.class).stream()
                .filter(order -> selections.contains("MedicationRequest/" + order.getIdPart()))
                .toList();
        if (selected.isEmpty()) {
            return List.of();
        }
        String language = PatientLanguage.of(fhir.patient(request, EducationService.PATIENT, patientId));
        MedicationLookup.Lookup lookup = medications.in(request, draftOrders);
        List<KnowledgeMatcher.Match> matches = new ArrayList<>();
        for (MedicationRequest order : selected) {
            List<KnowledgeMatcher.Coding> codings = rxNorm(medicine(order, lookup));
            if (!codings.isEmpty()) {
                education.inLanguage(codings, language).ifPresent(matches::add);
            }
        }
        return matches;
    }

    private static Set<String> selections(JsonNode value) {
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw CdsHooksException.invalid(
                    "Field context.selections is required by this hook: the ids of the selected orders.");
        }
        if (value.size() > MAX_SELECTIONS) {
            throw CdsHooksException.invalid("Field context.selections holds more than " + MAX_SELECTIONS + " ids.");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode id : value) {
            if (!id.isString()) {
                throw CdsHooksException.invalid(
                        "Field context.selections must hold strings such as" + " MedicationRequest/123.");
            }
            ids.add(id.asString().trim());
        }
        return ids;
    }

    /** The order's medicine: its CodeableConcept, or the code of the Medication it references. */
    private static CodeableConcept medicine(MedicationRequest order, MedicationLookup.Lookup lookup) {
        if (order.hasMedicationCodeableConcept()) {
            return order.getMedicationCodeableConcept();
        }
        return lookup.medication(order).map(Medication::getCode).orElseGet(CodeableConcept::new);
    }

    private static List<KnowledgeMatcher.Coding> rxNorm(CodeableConcept concept) {
        return concept.getCoding().stream()
                .filter(c -> RXNORM.equals(c.getSystem()))
                .map(c -> new KnowledgeMatcher.Coding(c.getSystem(), c.getCode(), c.getDisplay()))
                .toList();
    }
}
