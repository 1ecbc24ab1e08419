package org.salus.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** The patient's language: the preferred communication language's primary subtag, else the first, else English. */
class PatientLanguageTests {

    @Test
    void thePreferredLanguageWinsAndOnlyItsPrimarySubtagCounts() {
        Patient patient = new Patient();
        patient.addCommunication().setLanguage(language("en-US"));
        patient.addCommunication().setLanguage(language("es-MX")).setPreferred(true);

        assertThat(PatientLanguage.of(Optional.of(patient))).isEqualTo("es");
    }

    @Test
    void withoutAPreferenceTheFirstLanguageCounts() {
        Patient patient = new Patient();
        patient.addCommunication().setLanguage(language("ES"));
        patient.addCommunication().setLanguage(language("en"));

        assertThat(PatientLanguage.of(Optional.of(patient))).isEqualTo("es");
    }

    @Test
    void noPatientNoLanguageOrANonsenseCodeIsEnglish() {
        Patient nonsense = new Patient();
        nonsense.addCommunication().setLanguage(language("not a language!")).setPreferred(true);

        assertThat(PatientLanguage.of(Optional.empty())).isEqualTo("en");
        assertThat(PatientLanguage.of(Optional.of(new Patient()))).isEqualTo("en");
        assertThat(PatientLanguage.of(Optional.of(nonsense))).isEqualTo("en");
    }

    private static CodeableConcept language(String code) {
        return new CodeableConcept(new Coding("urn:ietf:bcp:47", code, null));
    }
}
