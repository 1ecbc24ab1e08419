package org.salus.cdshooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.Condition;
import org.salus.infobutton.KnowledgeMatcher;
import org.springframework.stereotype.Component;

/**
 * {@code patient-view}: when a chart opens, patient education for the patient's current conditions.
 * Each Condition's codings (ICD-10-CM, SNOMED CT, ...) go to the Infobutton's matcher in the
 * patient's language, then in English when that language has no article; one article per condition.
 */
@Component
class EducationService implements CdsService {

    static final String PATIENT = "patient";
    static final String CONDITIONS = "conditions";

    private final FhirData fhir;
    private final KnowledgeMatcher matcher;

    EducationService(FhirData fhir, KnowledgeMatcher matcher) {
        this.fhir = fhir;
        this.matcher = matcher;
    }

    @Override
    public String id() {
        return CdsServiceIds.EDUCATION;
    }

    @Override
    public String hook() {
        return "patient-view";
    }

    @Override
    public String title() {
        return "Patient education for the patient's conditions";
    }

    @Override
    public String description() {
        return "Links to reviewed plain-language articles about the patient's conditions (ICD-10-CM, SNOMED CT),"
                + " in the patient's preferred language (Patient.communication) with English as the fallback.";
    }

    @Override
    public Map<String, String> prefetch() {
        Map<String, String> prefetch = new LinkedHashMap<>();
        prefetch.put(PATIENT, "Patient/{{context.patientId}}");
        prefetch.put(CONDITIONS, "Condition?patient={{context.patientId}}");
        return prefetch;
    }

    @Override
    public List<KnowledgeMatcher.Match> matches(CdsRequest request) {
        String patientId = request.patientId();
        List<Condition> conditions = fhir.conditions(request, CONDITIONS, patientId)
                .orElseThrow(() -> CdsHooksException.preconditionFailed("The patient's conditions are needed:"
                        + " send prefetch key '" + CONDITIONS + "' (Condition?patient={{context.patientId}})"
                        + " or fhirServer with fhirAuthorization that can read them."));
        String language = PatientLanguage.of(fhir.patient(request, PATIENT, patientId));
        List<KnowledgeMatcher.Match> matches = new ArrayList<>();
        for (Condition condition : conditions) {
            List<KnowledgeMatcher.Coding> codings = condition.getCode().getCoding().stream()
                    .map(c -> new KnowledgeMatcher.Coding(c.getSystem(), c.getCode(), c.getDisplay()))
                    .toList();
            inLanguage(codings, language).ifPresent(matches::add);
        }
        return matches;
    }

    /** The best article in {@code language}, else in English. */
    Optional<KnowledgeMatcher.Match> inLanguage(List<KnowledgeMatcher.Coding> codings, String language) {
        Optional<KnowledgeMatcher.Match> found = matcher.best(codings, language);
        return found.isPresent() || language.equals(PatientLanguage.FALLBACK)
                ? found
                : matcher.best(codings, PatientLanguage.FALLBACK);
    }
}
