package org.salus.infobutton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the name/value pairs of an HL7 URL-based knowledge request (GET query or POST form) into
 * a {@link KnowledgeRequest}, following the rules of the URL-based implementation guide as
 * MedlinePlus Connect applies them:
 * <ul>
 * <li>only {@code mainSearchCriteria.v.c} with {@code mainSearchCriteria.v.cs} is required; every
 * other parameter is optional context and never a reason to reject a request;</li>
 * <li>names match case-insensitively, because the guide's own examples misspell them, and the
 * deprecated {@code mainSearchCriteria.c.*} form is read as {@code .v.*} when {@code .v.*} is absent;</li>
 * <li>a further criterion carries a numeric suffix ({@code mainSearchCriteria.v.c1}, rule #3);
 * the same name sent twice is rejected, since which one is meant cannot be known;</li>
 * <li>every value is length-limited and every parameter this endpoint interprets is checked.</li>
 * </ul>
 * Messages name the parameter but never repeat its value.
 */
final class KnowledgeRequestParser {

    static final int DEFAULT_MAX_RESULTS = 3;
    static final int MAX_RESULTS_CAP = 20;
    static final int MAX_CRITERIA = 10;
    static final int MAX_PARAMETERS = 100;
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_VALUE_LENGTH = 512;
    private static final int MAX_CODE_LENGTH = 64;
    private static final int MAX_DISPLAY_LENGTH = 256;
    private static final int MAX_OID_LENGTH = 128;
    private static final int MAX_CALLBACK_LENGTH = 128;

    private static final Pattern CRITERION = Pattern.compile("mainsearchcriteria\\.([vc])\\.(c|cs|dn)([1-9]?)");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.\\-]{1," + MAX_CODE_LENGTH + "}");
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");
    private static final Pattern LANGUAGE = Pattern.compile("([A-Za-z]{2,3})([-_][A-Za-z0-9]{1,8}){0,4}");
    private static final Pattern RECIPIENT = Pattern.compile("[A-Za-z]{1,10}");
    // A JavaScript identifier path (foo, $.cb, jQuery123_456): nothing that could end the call early.
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][0-9A-Za-z_$]*(\\.[A-Za-z_$][0-9A-Za-z_$]*)*");

    /**
     * Code-system names that senders use instead of an OID. MedlinePlus itself has echoed
     * {@code ICD10CM}, {@code SNOMEDCT}, {@code ICD9CM}, {@code RXNORM} since about 2016, and
     * OpenInfobutton's mapping table uses the UMLS abbreviations.
     */
    private static final Map<String, String> SYSTEM_NAMES = Map.ofEntries(
            Map.entry("icd10cm", "2.16.840.1.113883.6.90"), Map.entry("icd-10-cm", "2.16.840.1.113883.6.90"),
            Map.entry("icd9cm", "2.16.840.1.113883.6.103"), Map.entry("icd-9-cm", "2.16.840.1.113883.6.103"),
            Map.entry("snomedct", "2.16.840.1.113883.6.96"), Map.entry("snomedct_us", "2.16.840.1.113883.6.96"),
            Map.entry("snomed-ct", "2.16.840.1.113883.6.96"), Map.entry("mesh", "2.16.840.1.113883.6.177"),
            Map.entry("msh", "2.16.840.1.113883.6.177"), Map.entry("loinc", "2.16.840.1.113883.6.1"),
            Map.entry("lnc", "2.16.840.1.113883.6.1"), Map.entry("rxnorm", "2.16.840.1.113883.6.88"));

    private KnowledgeRequestParser() {}

    static KnowledgeRequest parse(Map<String, String[]> raw) {
        if (raw.size() > MAX_PARAMETERS) {
            throw new InvalidKnowledgeRequestException("Too many parameters (at most " + MAX_PARAMETERS + ").");
        }
        Map<String, Param> params = new HashMap<>();
        for (Map.Entry<String, String[]> entry : raw.entrySet()) {
            String name = entry.getKey();
            if (name.length() > MAX_NAME_LENGTH) {
                throw new InvalidKnowledgeRequestException(
                        "A parameter name is longer than " + MAX_NAME_LENGTH + " characters.");
            }
            String key = name.toLowerCase(Locale.ROOT);
            String[] values = entry.getValue();
            for (String value : values) {
                if (value.length() > MAX_VALUE_LENGTH) {
                    throw new InvalidKnowledgeRequestException(
                            "Parameter " + safeName(key) + " is longer than " + MAX_VALUE_LENGTH + " characters.");
                }
            }
            Param previous = params.put(key, new Param(key, values));
            if (previous != null) { // the same name twice, spelt in different cases
                throw repeated(key);
            }
        }

        List<SearchCriterion> criteria = criteria(params);
        if (criteria.isEmpty()) {
            throw new InvalidKnowledgeRequestException(
                    "Parameter mainSearchCriteria.v.c is required, with mainSearchCriteria.v.cs (the code system OID).");
        }
        String languageValue = single(params, "informationrecipient.languagecode.c");
        String language = language(languageValue);
        String recipient = single(params, "informationrecipient");
        if (recipient != null && !RECIPIENT.matcher(recipient).matches()) {
            throw new InvalidKnowledgeRequestException("Parameter informationRecipient must be PAT, PROV or PAYOR.");
        }
        ResponseType type = responseType(single(params, "knowledgeresponsetype"));
        String callback = type == ResponseType.JSONP ? callback(single(params, "callback")) : null;
        int maxResults = maxResults(single(params, "maxresults"));
        return new KnowledgeRequest(
                criteria,
                language,
                languageValue != null,
                recipient == null ? null : recipient.toUpperCase(Locale.ROOT),
                type,
                callback,
                maxResults);
    }

    /** Whether {@code code} looks like a code this parser accepts (letters, digits, dots and hyphens). */
    static boolean isCode(String code) {
        return CODE.matcher(code.trim()).matches();
    }

    private static List<SearchCriterion> criteria(Map<String, Param> params) {
        // suffix -> part (c, cs, dn) -> value; each part of the current .v. form wins over the deprecated .c. one
        Map<String, Map<String, String>> current = new TreeMap<>();
        Map<String, Map<String, String>> deprecated = new TreeMap<>();
        for (Param param : params.values()) {
            Matcher m = CRITERION.matcher(param.key());
            if (!m.matches()) {
                continue;
            }
            String value = only(param);
            (m.group(1).equals("v") ? current : deprecated)
                    .computeIfAbsent(m.group(3), s -> new HashMap<>())
                    .put(m.group(2), value);
        }
        deprecated.forEach((suffix, parts) -> {
            Map<String, String> merged = current.computeIfAbsent(suffix, s -> new HashMap<>());
            parts.forEach(merged::putIfAbsent);
        });

        List<SearchCriterion> criteria = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> entry : current.entrySet()) {
            String suffix = entry.getKey();
            Map<String, String> parts = entry.getValue();
            String code = parts.get("c");
            String system = parts.get("cs");
            if (blank(code) && blank(system)) {
                continue; // a display name alone: nothing to look up
            }
            if (blank(code)) {
                throw new InvalidKnowledgeRequestException("Parameter mainSearchCriteria.v.c" + suffix
                        + " is required when mainSearchCriteria.v.cs" + suffix + " is sent.");
            }
            if (blank(system)) {
                throw new InvalidKnowledgeRequestException("Parameter mainSearchCriteria.v.cs" + suffix
                        + " is required: the OID of the code system of mainSearchCriteria.v.c" + suffix + ".");
            }
            code = code.trim();
            if (!CODE.matcher(code).matches()) {
                throw new InvalidKnowledgeRequestException("Parameter mainSearchCriteria.v.c" + suffix
                        + " is not a code (letters, digits, dots and hyphens, at most " + MAX_CODE_LENGTH + ").");
            }
            String display = parts.get("dn");
            if (display != null) {
                display = display.strip();
                if (display.length() > MAX_DISPLAY_LENGTH || hasControlCharacters(display)) {
                    throw new InvalidKnowledgeRequestException("Parameter mainSearchCriteria.v.dn" + suffix
                            + " must be plain text of at most " + MAX_DISPLAY_LENGTH + " characters.");
                }
                display = display.isEmpty() ? null : display;
            }
            criteria.add(new SearchCriterion(suffix, code, oid(system.trim(), suffix), display));
        }
        if (criteria.size() > MAX_CRITERIA) {
            throw new InvalidKnowledgeRequestException("At most " + MAX_CRITERIA + " mainSearchCriteria are accepted.");
        }
        return criteria;
    }

    private static String oid(String system, String suffix) {
        if (system.length() <= MAX_OID_LENGTH && OID.matcher(system).matches()) {
            return system;
        }
        String named = SYSTEM_NAMES.get(system.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        throw new InvalidKnowledgeRequestException("Parameter mainSearchCriteria.v.cs" + suffix
                + " must be a code system OID, such as 2.16.840.1.113883.6.90 for ICD-10-CM.");
    }

    private static String language(String value) {
        if (blank(value)) {
            return "en"; // as MedlinePlus Connect: English unless told otherwise
        }
        Matcher m = LANGUAGE.matcher(value.trim());
        if (!m.matches()) {
            throw new InvalidKnowledgeRequestException(
                    "Parameter informationRecipient.languageCode.c must be a language code such as en or es.");
        }
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    private static ResponseType responseType(String value) {
        if (blank(value)) {
            return ResponseType.ATOM;
        }
        return ResponseType.fromParameter(value)
                .orElseThrow(
                        () -> new InvalidKnowledgeRequestException(
                                "Parameter knowledgeResponseType must be text/xml, application/json or application/javascript."));
    }

    private static String callback(String value) {
        if (blank(value)) {
            throw new InvalidKnowledgeRequestException(
                    "Parameter callback is required when knowledgeResponseType is application/javascript.");
        }
        String callback = value.trim();
        if (callback.length() > MAX_CALLBACK_LENGTH
                || !CALLBACK.matcher(callback).matches()) {
            throw new InvalidKnowledgeRequestException("Parameter callback must be a JavaScript function name"
                    + " (letters, digits, _ and $, dot-separated, at most " + MAX_CALLBACK_LENGTH + " characters).");
        }
        return callback;
    }

    private static int maxResults(String value) {
        if (blank(value)) {
            return DEFAULT_MAX_RESULTS;
        }
        try {
            int wanted = Integer.parseInt(value.trim());
            if (wanted >= 1) {
                return Math.min(wanted, MAX_RESULTS_CAP);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new InvalidKnowledgeRequestException(
                "Parameter maxResults must be a whole number from 1 to " + MAX_RESULTS_CAP + ".");
    }

    private static String single(Map<String, Param> params, String key) {
        Param param = params.get(key);
        return param == null ? null : only(param);
    }

    private static String only(Param param) {
        String[] values = param.values();
        if (values.length > 1) {
            throw repeated(param.key());
        }
        String value = values.length == 0 ? null : values[0];
        if (value != null && hasControlCharacters(value)) {
            throw new InvalidKnowledgeRequestException(
                    "Parameter " + safeName(param.key()) + " contains control characters.");
        }
        return value;
    }

    private static InvalidKnowledgeRequestException repeated(String key) {
        return new InvalidKnowledgeRequestException("Parameter " + safeName(key) + " is sent more than once;"
                + " number further criteria instead (mainSearchCriteria.v.c1, mainSearchCriteria.v.cs1, ...).");
    }

    /** A parameter's name for a message: the names this endpoint knows, never arbitrary input. */
    private static String safeName(String key) {
        Matcher m = CRITERION.matcher(key);
        if (m.matches()) {
            return "mainSearchCriteria." + m.group(1) + "." + m.group(2) + m.group(3);
        }
        return switch (key) {
            case "informationrecipient.languagecode.c" -> "informationRecipient.languageCode.c";
            case "informationrecipient" -> "informationRecipient";
            case "knowledgeresponsetype" -> "knowledgeResponseType";
            case "callback" -> "callback";
            case "maxresults" -> "maxResults";
            default -> key.matches("[a-z0-9.]{1,60}") ? key : "(unnamed)";
        };
    }

    private static boolean hasControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f || c == 0xfffe || c == 0xffff) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record Param(String key, String[] values) {}
}
