package org.salus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Medical codes in the index and in queries. ICD-10-CM is a hierarchy written into the code
 * itself (E11 diabetes type 2, E11.9 without complications, E11.65 with hyperglycemia), so a
 * query for a detailed code also finds what is coded with its category: the roll-up.
 */
final class Codes {

    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    /** What a reader may type as a code: ICD-10-CM, SNOMED CT, MeSH, UMLS. Anything else is a word. */
    private static final Pattern QUERY_CODE =
            Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?|[0-9]{5,18}|[DC][0-9]{6,9}");

    private Codes() {}

    static String normalise(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    static boolean isIcd10(String code) {
        return ICD10.matcher(code).matches();
    }

    /** The ICD-10-CM ancestors of a code, nearest first: E11.65 → E11.6, E11. */
    static List<String> ancestors(String icd10) {
        List<String> ancestors = new ArrayList<>();
        int dot = icd10.indexOf('.');
        if (dot < 0) {
            return ancestors;
        }
        for (int end = icd10.length() - 1; end > dot; end--) {
            String shorter = icd10.substring(0, end);
            ancestors.add(shorter.endsWith(".") ? shorter.substring(0, shorter.length() - 1) : shorter);
        }
        return ancestors;
    }

    /** The words of a query that look like codes, upper case; at most {@code limit}. */
    static List<String> inQuery(String query, int limit) {
        List<String> codes = new ArrayList<>();
        for (String word : query.split("[\\s,;]+")) {
            String candidate = normalise(
                    word.substring(word.lastIndexOf(':') + 1).replaceAll("^[^0-9A-Za-z]+|[^0-9A-Za-z]+$", ""));
            if (!candidate.isEmpty() && QUERY_CODE.matcher(candidate).matches() && codes.size() < limit) {
                codes.add(candidate);
            }
        }
        return codes;
    }
}
