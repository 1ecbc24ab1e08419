package org.salus.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The emergency number and crisis lines readers are shown, {@code salus.safety.*}: pages never name a number
 * themselves, so a site outside the US sets its own here. Setting any entry replaces all the built-in US
 * defaults (so a UK site that sets only {@code en} shows its numbers on Spanish pages too, never 911).
 *
 * @param locales per page language ({@code en}, {@code es}): the emergency number, the crisis lines and an
 *                optional poison line, e.g. {@code salus.safety.locales.en.emergency-number=999}; a language
 *                without an entry uses {@code en}'s, else the first one. Default: the US numbers (911, 988,
 *                Crisis Text Line, Poison Help) with English and Spanish text
 */
@ConfigurationProperties("salus.safety")
public record SafetyProperties(@DefaultValue Map<String, Local> locales) {

    /** Digits, with spaces, dots, dashes or brackets between them, and an optional leading {@code +}. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ().-]*");

    public SafetyProperties {
        locales = locales.isEmpty() ? UsDefaults.LOCALES : Collections.unmodifiableMap(new LinkedHashMap<>(locales));
        locales.forEach(SafetyProperties::check);
    }

    /** What a page in this language shows. */
    public Local forLocale(Locale locale) {
        Local own = locales.get(locale.getLanguage());
        if (own != null) {
            return own;
        }
        return locales.getOrDefault("en", locales.values().iterator().next());
    }

    /**
     * One country's numbers as readers of one language are told them.
     *
     * @param emergencyNumber police, ambulance and fire, e.g. {@code 911}, {@code 999}, {@code 112}
     * @param crisisLines     the lines for someone in crisis or thinking of harming themselves, first the main one
     * @param poison          the poison-control line, if there is one
     */
    public record Local(String emergencyNumber, List<Line> crisisLines, Line poison) {

        public Local {
            crisisLines = crisisLines == null ? List.of() : List.copyOf(crisisLines);
        }

        /** The line the short crisis notes name. */
        public Line mainCrisisLine() {
            return crisisLines.get(0);
        }

        /** The {@code tel:} address of the emergency number. */
        public String emergencyHref() {
            return "tel:" + dialled(emergencyNumber);
        }
    }

    /**
     * A help line.
     *
     * @param name      its name as readers of this language know it, e.g. {@code Samaritans}
     * @param number    the number to call or text
     * @param ways      how to reach it: {@code call}, {@code text}, {@code chat} (chat needs {@code chat-url})
     * @param textWord  the word to text, when the line asks for one (Crisis Text Line: {@code HOME})
     * @param chatUrl   the https address of its web chat
     * @param hours     when it answers, in the page's language, e.g. {@code 24 hours a day, 7 days a week}
     * @param languages the languages it serves and how to get them, in the page's language
     */
    public record Line(
            String name,
            String number,
            Set<Way> ways,
            String textWord,
            String chatUrl,
            String hours,
            String languages) {

        public Line {
            ways = ways == null || ways.isEmpty() ? Set.of(Way.CALL) : Set.copyOf(ways);
            textWord = blankIfNull(textWord);
            chatUrl = blankIfNull(chatUrl);
            hours = blankIfNull(hours);
            languages = blankIfNull(languages);
        }

        /**
         * The message key of "call or text 988" and its kin, for {@code localize(key, number, textWord)}.
         * A text word changes the sentence ("text HOME to 741741").
         */
        public String reachKey() {
            boolean call = ways.contains(Way.CALL);
            boolean text = ways.contains(Way.TEXT);
            String word = textWord.isEmpty() ? "" : "Word";
            if (call && text) {
                return "safety.reach.callOrText" + word;
            }
            return text ? "safety.reach.text" + word : "safety.reach.call";
        }

        /** Whether the line has a web chat to link to. */
        public boolean chats() {
            return ways.contains(Way.CHAT) && !chatUrl.isEmpty();
        }

        /** The chat address as a reader reads it, without {@code https://}. */
        public String chatLabel() {
            return chatUrl.replaceFirst("^https?://", "").replaceFirst("/$", "");
        }

        /** {@code tel:} for a line one calls, {@code sms:} for a text-only line. */
        public String href() {
            return (ways.contains(Way.CALL) ? "tel:" : "sms:") + dialled(number);
        }
    }

    /** How a line can be reached. */
    public enum Way {
        CALL,
        TEXT,
        CHAT
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }

    private static String dialled(String number) {
        return number.replaceAll("[^0-9+]", "");
    }

    /** Fails start-up with the setting's name and what is wrong, before any page could show a bad number. */
    private static void check(String language, Local local) {
        String prefix = "salus.safety.locales." + language + ".";
        checkNumber(prefix + "emergency-number", local.emergencyNumber());
        if (local.crisisLines().isEmpty()) {
            throw new IllegalArgumentException(prefix + "crisis-lines: name at least one crisis line, e.g. " + prefix
                    + "crisis-lines[0].name=Samaritans and " + prefix + "crisis-lines[0].number=116 123");
        }
        for (int i = 0; i < local.crisisLines().size(); i++) {
            checkLine(prefix + "crisis-lines[" + i + "].", local.crisisLines().get(i));
        }
        if (local.poison() != null) {
            checkLine(prefix + "poison.", local.poison());
        }
    }

    private static void checkLine(String prefix, Line line) {
        if (line.name() == null || line.name().isBlank()) {
            throw new IllegalArgumentException(prefix + "name: every line needs the name readers know it by");
        }
        checkNumber(prefix + "number", line.number());
        if (!line.ways().contains(Way.CALL) && !line.ways().contains(Way.TEXT)) {
            throw new IllegalArgumentException(prefix + "ways: " + line.ways() + " must include call or text");
        }
        if (line.ways().contains(Way.CHAT) && !line.chatUrl().startsWith("https://")) {
            throw new IllegalArgumentException(
                    prefix + "chat-url: a line that chats needs its https:// address, not \"" + line.chatUrl() + "\"");
        }
    }

    private static void checkNumber(String key, String number) {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException(key + " is missing: readers must be given a number to call");
        }
        if (!PHONE.matcher(number.strip()).matches()) {
            throw new IllegalArgumentException(key + ": \"" + number + "\" is not a phone number; use digits,"
                    + " with spaces, dots, dashes or brackets between them and an optional leading + (a word to"
                    + " text, such as HOME, goes in text-word)");
        }
    }
}
