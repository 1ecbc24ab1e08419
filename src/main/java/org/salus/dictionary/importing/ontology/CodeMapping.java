package org.salus.dictionary.importing.ontology;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps Disease Ontology cross-references ({@code PREFIX:code}) to the code systems of table
 * {@code code_system}. Only the prefixes below are kept; NCI, OMIM, ORDO and the rest have no
 * code system here, and variant spellings (plain {@code SNOMEDCT}, {@code ICD10}, {@code MeSH})
 * are left out rather than guessed at.
 */
final class CodeMapping {

    /** Longest code that fits {@code term_code.code}. */
    static final int MAX_CODE = 40;

    /** A code in one of the dictionary's code systems. */
    record Code(String system, String code) {}

    private CodeMapping() {}

    static Optional<Code> of(String xref) {
        int colon = xref.indexOf(':');
        if (colon <= 0 || colon == xref.length() - 1) {
            return Optional.empty();
        }
        String prefix = xref.substring(0, colon);
        String code = xref.substring(colon + 1).strip();
        if (code.isEmpty() || code.length() > MAX_CODE) {
            return Optional.empty();
        }
        String system = switch (prefix) {
            case "ICD10CM" -> "ICD-10-CM";
            case "ICD9CM" -> "ICD-9-CM";
            case "MESH" -> "MESH";
            case "UMLS_CUI" -> "UMLS";
            default -> prefix.startsWith("SNOMEDCT_US_") ? "SNOMED-CT" : null;
        };
        return system == null ? Optional.empty() : Optional.of(new Code(system, code));
    }

    /** The mapped codes of all xrefs, each once, in file order. */
    static List<Code> all(List<String> xrefs) {
        Set<Code> codes = new LinkedHashSet<>();
        for (String xref : xrefs) {
            of(xref).ifPresent(codes::add);
        }
        return List.copyOf(codes);
    }
}
