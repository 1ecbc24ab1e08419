package org.salus.story.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;

/**
 * Phone numbers, found by libphonenumber as valid US or UK numbers (international numbers written
 * with "+" are found in any country), and numbers merely shaped like a phone number, valid or not
 * ({@link #SHAPED}): "555-201-3344" has an area code no region uses, yet a reader reads it as a
 * number to call, so it must not be published either.
 *
 * <p>Stories are full of numbers, so a candidate is dropped when it reads like a measurement:
 * followed by a unit ("500 850 1000 mg", "1200 calories") or preceded on the same line by a
 * measurement word ("doses", "A1C", "glucose", "readings"...), unless a phone word ("call",
 * "phone", "text me", "number"...) sits right before it.
 */
final class PhoneDetector implements Detector {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final List<String> REGIONS = List.of("US", "GB");
    private static final int LOOK_BACK = 30;

    /**
     * The usual ways phone numbers are written, whatever the digits: North American 3-3-4 (with
     * "1-" or an area code in parentheses), a leading "+" country code with 2 to 5 groups, national
     * numbers with a trunk 0 (UK 3-4-4, 4-3-4, 5-6; French 2-2-2-2-2) and local 3-4 numbers joined by
     * "-" or ".". Doses ("1-2"), dates (4-2-2, 2-2-4, slashes), ranges of years (4-4), decimals and
     * blood pressure (slash) have none of these shapes; a number may not continue a longer one.
     */
    static final Pattern SHAPED = Pattern.compile("""
            (?<![\\p{L}\\p{N}+_])(?<!\\d[-.,])
            (?:
                \\+\\d{1,3}(?:[-.\\x20]?\\(\\d{1,4}\\))?(?:[-.\\x20]?\\d{2,4}){2,5}
              | (?:1[-.\\x20])?(?:\\(\\d{3}\\)\\x20?|\\d{3}[-.\\x20])\\d{3}[-.\\x20]\\d{4}
              | 0\\d{1,4}[-.\\x20]\\d{3,4}[-.\\x20]?\\d{3,4}
              | 0\\d(?:[-.\\x20]\\d{2}){4}
              | \\d{3}[-.]\\d{4}
            )
            (?![\\p{L}\\p{N}_])(?![-.,/:]\\d)""", Pattern.COMMENTS);

    private static final Pattern UNIT_AFTER = Pattern.compile("(?i)^\\s*-?\\s*(?:mg|mcg|µg|ug|g|grams?|ml|l|iu|units?"
            + "|u|mmol|mg/dl|kg|kgs|kilos?|lbs?|pounds?|stone|st|kcal|cal|calories|carbs?|steps|%|mm|cm|bpm|mmhg"
            + "|times|x|doses?|tablets?|pills?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)(?![\\p{L}])");

    private static final Pattern MEASURE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:mg|mcg|ml|iu|units?|mmol"
            + "|kg|lbs?|pounds|doses?|dosage|dosing|readings?|a1c|hba1c|glucose|sugars?|pressure|bp|weight|weighed"
            + "|calories|carbs|steps|levels?|results?|cholesterol|ldl|hdl|triglycerides)(?![\\p{L}])");

    private static final Pattern PHONE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:call|calling|phone|tel|telephone"
            + "|text|txt|mobile|cell|number|ring|whatsapp|reach|contact|fax|line)(?![\\p{L}])"
            + "(?:[^\\p{L}]+\\p{L}{1,6}){0,3}"
            + "[^\\p{L}]*$");

    @Override
    public void detect(String text, List<Finding> out) {
        List<Finding> found = new ArrayList<>();
        for (String region : REGIONS) {
            for (PhoneNumberMatch match : PHONES.findNumbers(text, region, Leniency.VALID, Long.MAX_VALUE)) {
                int start = match.start();
                int end = start + match.rawString().length();
                boolean seen = found.stream().anyMatch(f -> f.start() < end && start < f.end());
                if (!seen && !looksLikeMeasurement(text, start, end)) {
                    found.add(Finding.at(text, Flag.PHONE, start, end, "Phone number"));
                }
            }
        }
        Matcher shaped = SHAPED.matcher(text);
        while (shaped.find()) {
            int start = shaped.start();
            int end = shaped.end();
            boolean seen = found.stream().anyMatch(f -> f.start() < end && start < f.end());
            if (!seen && !looksLikeMeasurement(text, start, end)) {
                found.add(Finding.at(text, Flag.PHONE, start, end, "Shaped like a phone number"));
            }
        }
        out.addAll(found);
    }

    private static boolean looksLikeMeasurement(String text, int start, int end) {
        if (UNIT_AFTER
                .matcher(text.substring(end, Math.min(text.length(), end + 12)))
                .find()) {
            return true;
        }
        String before = lineBefore(text, start);
        if (PHONE_BEFORE.matcher(before).find()) {
            return false;
        }
        return MEASURE_BEFORE.matcher(before).find();
    }

    /** Up to {@link #LOOK_BACK} characters before {@code start}, not crossing a line break. */
    private static String lineBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - LOOK_BACK), start);
        int newline = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
        return newline < 0 ? before : before.substring(newline + 1);
    }
}
