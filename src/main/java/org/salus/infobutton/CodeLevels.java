package org.salus.infobutton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The codes to look for, most specific first, for one requested code. ICD codes are compared
 * without their dot (EHRs send {@code E119} as often as {@code E11.9}) and roll up: ICD-10-CM
 * {@code E11.65} also finds an article coded {@code E11.6}, then one coded {@code E11}, stopping at
 * the three-character category. Rolling up never goes down ({@code E11} does not find
 * {@code E11.9}) and never across categories by string prefix ({@code E1} finds neither E10 nor
 * E11). Other systems (SNOMED CT, LOINC, RxNorm, MeSH) match the exact code.
 */
final class CodeLevels {

    static final String ICD10CM = "ICD-10-CM";
    static final String ICD9CM = "ICD-9-CM";

    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}");
    private static final Pattern ICD9 = Pattern.compile("(V[0-9]{2}[0-9]{0,2})|([0-9]{3}[0-9]{0,2})|(E[0-9]{3}[0-9]?)");

    private CodeLevels() {}

    /**
     * The levels of a requested code, most specific first. Each level is the code's comparison
     * key: upper case without the dot for ICD codes, upper case for MeSH, as sent otherwise.
     */
    static List<String> levels(String system, String code) {
        String key = key(system, code);
        int category = categoryLength(system, key);
        if (category == 0) {
            return List.of(key);
        }
        List<String> levels = new ArrayList<>();
        for (int length = key.length(); length >= category; length--) {
            levels.add(key.substring(0, length));
        }
        return levels;
    }

    /** How a stored or requested code is compared within its system. */
    static String key(String system, String code) {
        String trimmed = code.trim();
        return switch (system) {
            case ICD10CM, ICD9CM -> trimmed.toUpperCase(Locale.ROOT).replace(".", "");
            case "MESH" -> trimmed.toUpperCase(Locale.ROOT);
            default -> trimmed;
        };
    }

    /** The forms a level may be stored in: ICD codes with and without their dot. */
    static List<String> storedForms(String system, String level) {
        int dotAfter = switch (system) {
            case ICD10CM -> 3;
            case ICD9CM -> level.startsWith("E") ? 4 : 3;
            default -> 0;
        };
        if (dotAfter == 0 || level.length() <= dotAfter) {
            return List.of(level);
        }
        return List.of(level.substring(0, dotAfter) + "." + level.substring(dotAfter), level);
    }

    /** Length of the category a code rolls up to, or 0 when it does not roll up. */
    private static int categoryLength(String system, String key) {
        if (system.equals(ICD10CM) && ICD10.matcher(key).matches()) {
            return 3;
        }
        if (system.equals(ICD9CM) && ICD9.matcher(key).matches()) {
            return key.startsWith("E") ? 4 : 3;
        }
        return 0;
    }
}
