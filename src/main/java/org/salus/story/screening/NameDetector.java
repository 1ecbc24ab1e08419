package org.salus.story.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people. A name is one to three capitalised words found after
 * <ul>
 * <li>a title: Dr, Dr., Doctor, Nurse, Prof, Professor, Mr, Mrs, Ms, Mx, Midwife ("Dr. Patel",
 * "Nurse Jenny Smith", "Nurse Practitioner Amy Lee");</li>
 * <li>a care role or a relative, optionally with "named"/"called" ("my endocrinologist, Sarah
 * Jones", "my husband Tom", "a dietitian named Maria Lopez");</li>
 * <li>"my name is".</li>
 * </ul>
 * Only the name is flagged, so masking keeps the title: "Dr. [name removed]". Diseases named after
 * people are not names: "Hashimoto's", "Parkinson's disease", "Down syndrome", and any capitalised
 * word followed by disease, syndrome, thyroiditis... are skipped. Capitalised words that are not
 * names (pronouns, days, months, "Practitioner", "Clinic"...) end or cancel a name.
 *
 * <p>The display name check ({@link #detectDisplayName}) is a soft hint only: a display name of two
 * to four capitalised words may be a real full name; the moderator decides.
 */
final class NameDetector implements Detector {

    /** A capitalised word with a lower-case letter: "Patel", "O'Brien", "McDonald-Smith"; not "PCOS". */
    private static final String WORD =
            "(?=\\p{Lu}(?:['’]\\p{Lu})?\\p{L}*\\p{Ll})" + "\\p{Lu}(?:['’]\\p{Lu})?\\p{L}+(?:-\\p{Lu}\\p{L}+)?";

    private static final String NAMES = "(?<name>" + WORD + "(?:\\h+" + WORD + "){0,2})";

    private static final Pattern AFTER_TITLE = Pattern.compile("(?<![\\p{L}])(?<cue>(?:Dr|Prof|Mr|Mrs|Ms|Mx)\\.?"
            + "|(?i:doctor|nurse|professor|midwife))(?:\\h+(?:Practitioner|Educator|Specialist|Consultant))?\\h+"
            + NAMES);

    private static final Pattern AFTER_ROLE = Pattern.compile("(?<![\\p{L}])(?<cue>(?i:endocrinologist|dietitian"
            + "|dietician|nutritionist|physician|gp|surgeon|cardiologist|therapist|pharmacist|consultant|specialist"
            + "|coach|trainer|doctor|nurse|midwife|counsell?or|physio(?:therapist)?|podiatrist|husband|wife|partner"
            + "|son|daughter|mum|mom|mother|dad|father|sister|brother|friend|grandma|grandmother|grandpa"
            + "|grandfather|aunt|uncle|cousin|neighbou?r|my\\h+name\\h+is))(?![\\p{L}]),?\\h+"
            + "(?:(?i:named|called)\\h+)?" + NAMES);

    private static final Pattern CONDITION_AFTER = Pattern.compile("^(?:['’]s)?\\h+(?i:disease|syndrome|disorder"
            + "|thyroiditis|palsy|lymphoma|sarcoma|phenomenon|diet|test|score|scale|method|protocol|sign|ulcer"
            + "|contracture|neuroma|anomaly|ataxia|dementia)(?![\\p{L}])");

    private static final Set<String> EPONYMS = Set.of(
            "hashimoto",
            "parkinson",
            "crohn",
            "addison",
            "cushing",
            "graves",
            "alzheimer",
            "huntington",
            "hodgkin",
            "down",
            "asperger",
            "bell",
            "raynaud",
            "sjogren",
            "sjögren",
            "tourette",
            "wilson",
            "lyme",
            "meniere",
            "ménière",
            "kawasaki",
            "marfan",
            "kaposi",
            "paget",
            "reye",
            "conn",
            "whipple",
            "turner",
            "klinefelter",
            "osgood",
            "peyronie",
            "dupuytren",
            "atkins",
            "barrett",
            "bright",
            "guillain",
            "tay",
            "gehrig",
            "lou",
            "epstein",
            "wernicke",
            "korsakoff");

    private static final Set<String> NOT_NAMES = Set.of(
            "the",
            "my",
            "a",
            "an",
            "and",
            "but",
            "so",
            "or",
            "if",
            "when",
            "then",
            "he",
            "she",
            "they",
            "we",
            "you",
            "it",
            "his",
            "her",
            "their",
            "our",
            "your",
            "this",
            "that",
            "these",
            "those",
            "here",
            "there",
            "said",
            "says",
            "told",
            "who",
            "what",
            "where",
            "why",
            "how",
            "also",
            "just",
            "now",
            "still",
            "even",
            "never",
            "always",
            "recently",
            "finally",
            "last",
            "next",
            "yes",
            "no",
            "ok",
            "okay",
            "thanks",
            "thank",
            "dr",
            "doctor",
            "nurse",
            "prof",
            "professor",
            "mr",
            "mrs",
            "ms",
            "mx",
            "google",
            "practitioner",
            "surgery",
            "clinic",
            "hospital",
            "centre",
            "center",
            "office",
            "team",
            "practice",
            "department",
            "ward",
            "unit",
            "type",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "christmas",
            "easter");

    private static final Pattern FULL_NAME =
            Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{L}(?:\\h+\\p{Lu}[\\p{L}'’-]*\\p{L}){1,3}");

    @Override
    public void detect(String text, List<Finding> out) {
        List<Finding> found = new ArrayList<>();
        scan(text, AFTER_TITLE, "Name of a health professional (after \"%s\")", found);
        scan(text, AFTER_ROLE, "Name of a person (after \"%s\")", found);
        out.addAll(found);
    }

    /**
     * Adds a soft-hint finding (not located in the text) when {@code displayName} looks like a real
     * full name, plus a finding for every place the display name is repeated in the story.
     */
    void detectDisplayName(String displayName, String text, List<Finding> out) {
        String name = displayName == null ? "" : displayName.strip();
        if (!FULL_NAME.matcher(name).matches()) {
            return;
        }
        out.add(new Finding(
                Flag.PERSON_NAME,
                Finding.NOT_IN_TEXT,
                Finding.NOT_IN_TEXT,
                Finding.excerpt(name),
                "Display name looks like a real full name (soft hint: suggest a nickname; not a reason to reject)"));
        String spaced = Pattern.quote(name).replaceAll("\\h+", "\\\\E\\\\s+\\\\Q");
        Matcher inText =
                Pattern.compile("(?iu)(?<![\\p{L}])" + spaced + "(?![\\p{L}])").matcher(text);
        while (inText.find()) {
            out.add(Finding.at(
                    text,
                    Flag.PERSON_NAME,
                    inText.start(),
                    inText.end(),
                    "The writer's display name, repeated in the story"));
        }
    }

    private static void scan(String text, Pattern pattern, String explanation, List<Finding> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start("name");
            int end = keptEnd(text, start, m.group("name"));
            if (end > start
                    && !isCondition(text, text.substring(start, end), end)
                    && found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
                String cue = m.group("cue").replaceAll("\\s+", " ");
                found.add(Finding.at(text, Flag.PERSON_NAME, start, end, String.format(explanation, cue)));
            }
        }
    }

    /** End of the name once trailing non-name words are dropped; {@code start} if the first is one. */
    private static int keptEnd(String text, int start, String name) {
        int end = start;
        for (String word : name.split("\\h+")) {
            if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            end = text.indexOf(word, end) + word.length();
        }
        return end;
    }

    private static boolean isCondition(String text, String name, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 30));
        if (CONDITION_AFTER.matcher(after).find()) {
            return true;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        boolean possessive = after.startsWith("'s") || after.startsWith("’s");
        return possessive && EPONYMS.contains(last);
    }
}
