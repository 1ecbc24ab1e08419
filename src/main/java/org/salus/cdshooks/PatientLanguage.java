package org.salus.cdshooks;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;

/**
 * The language to give a patient education in: the primary subtag of {@code Patient.communication}'s
 * preferred language (the first one when none is marked preferred), English when the patient or their
 * language is not known.
 */
final class PatientLanguage {

    static final String FALLBACK = "en";

    private static final Pattern TAG = Pattern.compile("([A-Za-z]{2,3})([-_][A-Za-z0-9]{1,8})*");

    private PatientLanguage() {}

    static String of(Optional<Patient> patient) {
        return patient.flatMap(p -> p.getCommunication().stream()
                        .sorted(Comparator.comparing(c -> !c.getPreferred()))
                        .flatMap(c -> c.getLanguage().getCoding().stream())
                        .map(Coding::getCode)
                        .flatMap(code -> primary(code).stream())
                        .findFirst())
                .orElse(FALLBACK);
    }

    private static Optional<String> primary(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(code.trim());
        return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
