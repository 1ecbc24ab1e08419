package org.salus.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What HAPI FHIR is given of a prefetched resource: what the service reads, and nothing else. */
class ReadElementsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aBundleKeepsItsConditionsWithTheElementsReadOnly() {
        JsonNode bundle = json.readTree("""
                {"resourceType": "Bundle", "type": "searchset", "total": 2, "link": [{"relation": "self", "url": "x"}],
                 "entry": [
                  {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Condition", "id": "c1",
                    "text": {"status": "generated", "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\">Diabetes</div>"},
                    "clinicalStatus": {"coding": [{"code": "active"}]},
                    "verificationStatus": {"coding": [{"code": "confirmed"}]},
                    "category": [{"coding": [{"code": "problem-list-item"}]}],
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9"}], "text": "T2DM"},
                    "subject": {"reference": "Patient/1"}, "note": [{"text": "free text about the patient"}]}},
                  {"resource": {"resourceType": "Observation", "id": "o1"}},
                  {"search": {"mode": "outcome"}}]}""");

        JsonNode read = ReadElements.CONDITIONS.of(bundle);

        assertThat(read).isEqualTo(json.readTree("""
                {"resourceType": "Bundle", "type": "searchset", "entry": [
                  {"resource": {"resourceType": "Condition", "id": "c1",
                    "clinicalStatus": {"coding": [{"code": "active"}]},
                    "verificationStatus": {"coding": [{"code": "confirmed"}]},
                    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9"}], "text": "T2DM"}}}]}"""));
    }

    @Test
    void aPatientKeepsItsCommunication() {
        JsonNode patient = json.readTree("""
                {"resourceType": "Patient", "id": "p", "name": [{"family": "Roe"}], "birthDate": "1970-01-01",
                 "communication": [{"language": {"coding": [{"code": "es"}]}, "preferred": true}]}""");

        assertThat(ReadElements.PATIENT.of(patient)).isEqualTo(json.readTree("""
                {"resourceType": "Patient", "id": "p",
                 "communication": [{"language": {"coding": [{"code": "es"}]}, "preferred": true}]}"""));
    }

    @Test
    void anythingElseGoesToHapiWholeToBeRecognisedOrRefused() {
        for (String other : new String[] {
            "{\"resourceType\": \"OperationOutcome\", \"issue\": [{\"severity\": \"error\", \"code\": \"not-found\"}]}",
            "{\"resourceType\": \"Nonsense\", \"x\": 1}",
            "{\"no\": \"resourceType\"}",
            "{\"resourceType\": \"Bundle\", \"entry\": 3}"
        }) {
            JsonNode node = json.readTree(other);
            assertThat(ReadElements.CONDITIONS.of(node)).as(other).isSameAs(node);
        }
    }
}
