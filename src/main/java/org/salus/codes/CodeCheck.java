package org.salus.codes;

import java.util.List;
import java.util.Optional;

import org.apache.commons.validator.routines.checkdigit.VerhoeffCheckDigit;
import org.springframework.stereotype.Component;

/**
 * Checks one code an editor entered. ICD-10-CM codes must be in the imported list (while no list
 * is imported they are accepted, and the form says they were not checked); SNOMED CT concept ids
 * must have the SNOMED form and a valid Verhoeff check digit; MeSH ids must be descriptor ids
 * ({@code D006973}). Other systems are taken as typed.
 */
@Component
public class CodeCheck {

    public static final String ICD10CM = Icd10cmImporter.SYSTEM;
    static final String SNOMED = "SNOMED-CT";
    static final String MESH = "MESH";

    private final CodeList list;

    CodeCheck(CodeList list) {
        this.list = list;
    }

    /**
     * What the check found: {@code problem} is a sentence for the editor when the code is refused;
     * otherwise {@code title} is the list's title for it (ICD-10-CM), or null.
     */
    public record Outcome(String problem, String title) {

        public boolean accepted() {
            return problem == null;
        }

        static Outcome refused(String problem) {
            return new Outcome(problem, null);
        }
    }

    /** Whether ICD-10-CM codes are checked at all, i.e. a list was imported. */
    public boolean icd10cmListImported() {
        return list.hasList(ICD10CM);
    }

    /** Checks {@code code} of {@code system}; {@code display} is the name the editor gave it. */
    public Outcome check(String system, String code, String display) {
        return switch (system) {
            case ICD10CM -> icd10cm(code);
            case SNOMED -> display.isBlank() ? needsName(code, "SNOMED CT") : snomed(code);
            case MESH -> display.isBlank() ? needsName(code, "MeSH") : mesh(code);
            default -> new Outcome(null, null);
        };
    }

    /** The list's title of an ICD-10-CM code, when the list has it. */
    public Optional<String> title(String system, String code) {
        return list.find(system, code).map(CodeList.Entry::title);
    }

    private Outcome icd10cm(String code) {
        Optional<CodeList.Entry> exact = list.find(ICD10CM, code);
        if (exact.isPresent() && !exact.get().retired()) {
            return new Outcome(null, exact.get().title());
        }
        if (exact.isPresent()) {
            return Outcome.refused(code + " is no longer an ICD-10-CM code: the last imported list retired it ("
                    + exact.get().title() + ")");
        }
        if (!list.hasList(ICD10CM)) {
            return new Outcome(null, null);
        }
        List<CodeList.Entry> alike =
                list.findByKey(ICD10CM, code).stream().filter(e -> !e.retired()).toList();
        String problem = code + " is not an ICD-10-CM code";
        return Outcome.refused(
                alike.isEmpty()
                        ? problem
                        : problem + "; did you mean " + alike.get(0).code() + "?");
    }

    private static Outcome needsName(String code, String systemName) {
        return Outcome.refused(code + ": a " + systemName + " code needs a name beside it");
    }

    /**
     * A SNOMED CT concept id: 6 to 18 digits, no leading zero, a partition identifier of a concept
     * (the two digits before the last are 00 or 10) and a Verhoeff check digit last.
     */
    static Outcome snomed(String code) {
        if (!code.matches("[1-9][0-9]{5,17}")) {
            return Outcome.refused(code + " is not a SNOMED CT concept id: it has 6 to 18 digits and no leading zero");
        }
        String partition = code.substring(code.length() - 3, code.length() - 1);
        if (!partition.equals("00") && !partition.equals("10")) {
            return Outcome.refused(code + " is not a SNOMED CT concept id (its partition digits " + partition
                    + " mark a description or relationship id)");
        }
        if (!VerhoeffCheckDigit.VERHOEFF_CHECK_DIGIT.isValid(code)) {
            return Outcome.refused(code + " is not a SNOMED CT concept id: its check digit is wrong (a typo?)");
        }
        return new Outcome(null, null);
    }

    /** A MeSH descriptor id: D and 6 digits, or 9 for descriptors added since 2014 (D000086382). */
    static Outcome mesh(String code) {
        if (!code.matches("D[0-9]{6}([0-9]{3})?")) {
            return Outcome.refused(
                    code + " is not a MeSH descriptor id: it is D followed by 6 or 9 digits, like D006973");
        }
        return new Outcome(null, null);
    }
}
