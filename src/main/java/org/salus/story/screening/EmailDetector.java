package org.salus.story.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses, plain ("jane.doe@gmail.com") and disguised: written with spaces
 * ("jane @ gmail . com"), with brackets ("jane [at] gmail [dot] com") or in words
 * ("jane dot doe at gmail dot com").
 *
 * <p>Because "at" is a common word, the written-in-words form only counts when the domain is a
 * well-known mail provider, or the part before "at" itself looks like a mailbox (contains "dot",
 * a digit, "_" or a "."). So "I looked at WebMD dot com" is not an email, and neither is
 * "at www.example.com" (a web link).
 */
final class EmailDetector implements Detector {

    private static final Pattern PLAIN = Pattern.compile(
            "(?<![\\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+){0,8}\\.[A-Za-z]{2,24}"
                    + "(?![\\w-])");

    private static final String WORD = "[A-Za-z0-9](?:[A-Za-z0-9_%+-]*[A-Za-z0-9])?";
    private static final String AT = "(?:\\s*@\\s*|\\s*[(\\[{<]\\s*(?:at|@)\\s*[)\\]}>]\\s*|\\s+at\\s+)";
    private static final String LOCAL_DOT = "(?:\\.|\\s*[(\\[{<]\\s*(?:dot|\\.)\\s*[)\\]}>]\\s*|\\s+dot\\s+)";
    private static final String DOT = "(?:\\s*\\.\\s*|\\s*[(\\[{<]\\s*(?:dot|\\.)\\s*[)\\]}>]\\s*|\\s+dot\\s+)";
    private static final String TLD = "(?:com|net|org|edu|gov|co|uk|io|us|ca|au|nz|ie|de|fr|es|it|nl|in|info|me|biz)";

    private static final Pattern DISGUISED = Pattern.compile("(?i)(?<![\\w.@])"
            + "(?<local>" + WORD + "(?:" + LOCAL_DOT + WORD + "){0,8})"
            + "(?<at>" + AT + ")"
            + "(?<domain>" + WORD + ")(?:" + DOT + WORD + "){0,8}" + DOT + TLD + "(?![\\w@])");

    private static final Set<String> MAIL_PROVIDERS = Set.of(
            "gmail",
            "googlemail",
            "yahoo",
            "ymail",
            "hotmail",
            "outlook",
            "live",
            "msn",
            "icloud",
            "me",
            "mac",
            "aol",
            "proton",
            "protonmail",
            "pm",
            "gmx",
            "mail",
            "comcast",
            "verizon",
            "att",
            "sbcglobal",
            "btinternet",
            "sky",
            "virginmedia",
            "zoho",
            "yandex",
            "fastmail");

    private static final Pattern MAILBOX_LIKE = Pattern.compile("(?i)\\bdot\\b|[0-9_.]|[(\\[{<]");

    @Override
    public void detect(String text, List<Finding> out) {
        Matcher plain = PLAIN.matcher(text);
        while (plain.find()) {
            out.add(Finding.at(text, Flag.EMAIL, plain.start(), plain.end(), "Email address"));
        }
        Matcher disguised = DISGUISED.matcher(text);
        int from = 0;
        while (from < text.length() && disguised.find(from)) {
            if (isDisguisedEmail(disguised) && !PLAIN.matcher(disguised.group()).matches()) {
                out.add(Finding.at(text, Flag.EMAIL, disguised.start(), disguised.end(), explain(disguised.group())));
                from = disguised.end();
            } else {
                from = disguised.start() + 1;
            }
        }
    }

    private static boolean isDisguisedEmail(Matcher m) {
        String at = m.group("at");
        if (m.group("domain").equalsIgnoreCase("www")) {
            return false;
        }
        if (at.contains("@") || at.strip().startsWith("(") || at.strip().startsWith("[")) {
            return true;
        }
        return MAIL_PROVIDERS.contains(m.group("domain").toLowerCase(Locale.ROOT))
                || MAILBOX_LIKE.matcher(m.group("local")).find();
    }

    private static String explain(String match) {
        if (match.contains("@")) {
            return "Looks like an email address written with spaces";
        }
        return "Looks like an email address written out in words (\"at\", \"dot\")";
    }
}
