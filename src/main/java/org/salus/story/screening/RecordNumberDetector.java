package org.salus.story.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth and record numbers. Both need a cue word, because stories are full of ordinary
 * dates and numbers: a date counts as a date of birth only after "born", "DOB", "date of birth"
 * or "birthday" ("born on 3 March 1985"); a number counts as an ID only after words such as
 * "MRN", "patient ID", "policy number", "NHS number", "SSN" ("my MRN is 00482913"), and must
 * contain at least four digits. A US Social Security number pattern (123-45-6789) needs no cue.
 */
final class RecordNumberDetector implements Detector {

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2}"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{4})";
    private static final Pattern DATE_OF_BIRTH = Pattern.compile("(?i)(?<![\\p{L}])(?:born|d\\.?o\\.?b\\.?"
            + "|date\\s+of\\s+birth|birth\\s*date|birthday)(?![\\p{L}])(?:\\s*(?:on|is|was|:|-|=)){0,4}"
            + "\\s*(?<date>" + DATE
            + ")(?![\\w])");

    private static final String ID_CUE = "(?:MRN|SSN|NHS(?:\\s+(?:number|no\\.?|num|#))?"
            + "|(?:medical|health|hospital|patient|chart)\\s+record(?:\\s+(?:number|no\\.?|num|#))?"
            + "|(?:patient|member|policy|insurance|account|claim|subscriber|group|health\\s+card|medicare|medicaid"
            + "|hospital|chart|case|record|card|ID)\\s+(?:ID|number|no\\.?|num|#)"
            + "|social\\s+security(?:\\s+(?:number|no\\.?|#))?|ID)";
    private static final String ID_VALUE = "(?:\\d{3}[ -]\\d{3}[ -]\\d{4}|\\d{3}[ -]\\d{2}[ -]\\d{4}"
            + "|(?=(?:[A-Za-z-]*\\d){4})[A-Za-z0-9][A-Za-z0-9-]{3,24})";
    private static final Pattern ID_NUMBER = Pattern.compile("(?i)(?<![\\p{L}])" + ID_CUE
            + "(?![\\p{L}])(?:\\s*(?:is|was|of|:|#|=|-)(?![\\p{L}])){0,4}\\s*(?<id>" + ID_VALUE + ")(?![\\w-])");

    private static final Pattern SSN =
            Pattern.compile("(?<![\\w-])(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}(?![\\w-])");

    @Override
    public void detect(String text, List<Finding> out) {
        Matcher birth = DATE_OF_BIRTH.matcher(text);
        while (birth.find()) {
            out.add(Finding.at(text, Flag.DATE_OF_BIRTH, birth.start("date"), birth.end("date"), "Date of birth"));
        }
        Matcher id = ID_NUMBER.matcher(text);
        while (id.find()) {
            if (digits(id.group("id")) >= 4) {
                out.add(Finding.at(
                        text, Flag.ID_NUMBER, id.start("id"), id.end("id"), "Record, insurance or ID number"));
            }
        }
        Matcher ssn = SSN.matcher(text);
        while (ssn.find()) {
            out.add(Finding.at(text, Flag.ID_NUMBER, ssn.start(), ssn.end(), "Looks like a Social Security number"));
        }
    }

    private static int digits(String value) {
        return (int) value.chars().filter(Character::isDigit).count();
    }
}
