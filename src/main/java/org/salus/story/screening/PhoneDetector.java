package org.salus.story.screening;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phone numbers, found by libphonenumber as valid US or UK numbers (international numbers written
 * with "+" are found in any country).
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
        out.addAll(found);
    }

    private static boolean looksLikeMeasurement(String text, int start, int end) {
        if (UNIT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).find()) {
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
