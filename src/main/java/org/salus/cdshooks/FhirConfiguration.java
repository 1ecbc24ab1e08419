package org.salus.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One HAPI FHIR R4 context for the application: building it costs about a second and its first
 * parse of a Bundle several more (HAPI scans the R4 model as it meets each type), so it is made once,
 * shared, and warmed on a background thread once the site is up, so that the first EHR call is not
 * the one that pays (CDS Hooks asks for answers "on the order of 500 ms"). Its parsers are cheap and
 * made per use.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    /** The kinds of resource the services read and write, as one parse touches them all. */
    private static final String WARM_UP = """
            {"resourceType": "Bundle", "type": "collection", "entry": [
              {"resource": {"resourceType": "Patient", "id": "p", "communication": [
                {"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "en"}]}, "preferred": true}]}},
              {"resource": {"resourceType": "Condition", "id": "c", "clinicalStatus": {"coding": [{"code": "active"}]},
                "code": {"coding": [{"system": "http://snomed.info/sct", "code": "0"}]}}},
              {"resource": {"resourceType": "MedicationRequest", "id": "m", "status": "draft", "intent": "order",
                "text": {"status": "generated", "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\">m</div>"},
                "contained": [{"resourceType": "Medication", "id": "d", "code": {"text": "d"}}],
                "medicationReference": {"reference": "#d"}, "subject": {"reference": "Patient/p"}}},
              {"resource": {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invalid"}]}}]}""";

    @Bean
    FhirContext fhirContext() {
        FhirContext fhir = FhirContext.forR4();
        // Unknown elements are accepted (EHRs add their own) and not logged: the log must not see
        // anything from a request, and the lenient handler would name what it skipped.
        fhir.setParserErrorHandler(new LenientErrorHandler(false));
        return fhir;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp(ApplicationReadyEvent ready) {
        FhirContext fhir = ready.getApplicationContext().getBean(FhirContext.class);
        Thread thread = new Thread(
                () -> fhir.newJsonParser()
                        .encodeResourceToString(fhir.newJsonParser().parseResource(WARM_UP)),
                "fhir-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
