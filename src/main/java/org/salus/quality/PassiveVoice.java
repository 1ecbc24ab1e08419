package org.salus.quality;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple English passive-voice detector: a form of "be" followed (after at most one adverb ending
 * in -ly, or "not") by a past participle, regular (-ed) or from a list of irregular ones. "is
 * called" and "is known as" are left out: they name a thing, which is how plain writing introduces
 * a medical word. Adjectives that look like participles ("tired", "worried") are left out too.
 * It misses passives without "be" ("got hurt") and some reduced forms; it is a guide for the editor.
 */
final class PassiveVoice {

    private static final Pattern BE_PARTICIPLE = Pattern.compile(
            "\\b(?:am|is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't)\\s+(?:(?:not|\\w+ly)\\s+)?([a-z]+)\\b",
            Pattern.CASE_INSENSITIVE);

    static final Set<String> IRREGULAR = Set.of(
            "arisen",
            "awoken",
            "beaten",
            "become",
            "begun",
            "bent",
            "bitten",
            "bled",
            "blown",
            "broken",
            "brought",
            "built",
            "burnt",
            "bought",
            "caught",
            "chosen",
            "come",
            "cut",
            "dealt",
            "done",
            "drawn",
            "driven",
            "drunk",
            "eaten",
            "fallen",
            "fed",
            "felt",
            "fought",
            "found",
            "forbidden",
            "forgotten",
            "forgiven",
            "frozen",
            "given",
            "gone",
            "ground",
            "grown",
            "held",
            "hidden",
            "hit",
            "hung",
            "hurt",
            "kept",
            "knelt",
            "laid",
            "led",
            "left",
            "lent",
            "let",
            "lost",
            "made",
            "meant",
            "met",
            "paid",
            "put",
            "read",
            "rung",
            "risen",
            "run",
            "said",
            "seen",
            "sent",
            "set",
            "shaken",
            "shed",
            "shot",
            "shown",
            "shut",
            "slept",
            "slid",
            "sold",
            "sought",
            "spent",
            "split",
            "spoken",
            "spread",
            "stolen",
            "struck",
            "stung",
            "sworn",
            "swollen",
            "taken",
            "taught",
            "thrown",
            "told",
            "thought",
            "torn",
            "understood",
            "undergone",
            "upset",
            "woken",
            "won",
            "worn",
            "withdrawn",
            "written");

    /** Adjectives ending in -ed, and participles that name rather than act. */
    private static final Set<String> NOT_PASSIVE = Set.of(
            "called",
            "named",
            "known",
            "tired",
            "worried",
            "scared",
            "frightened",
            "interested",
            "bored",
            "married",
            "concerned",
            "excited",
            "pleased",
            "confused",
            "supposed",
            "used",
            "ashamed",
            "embarrassed",
            "surprised",
            "relieved",
            "depressed",
            "stressed",
            "exhausted",
            "limited",
            "red",
            "bed",
            "need",
            "feed",
            "seed",
            "speed",
            "indeed",
            "shed");

    private PassiveVoice() {}

    /** Whether an English sentence holds a passive construction. */
    static boolean isPassive(String sentence) {
        Matcher m = BE_PARTICIPLE.matcher(sentence);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (NOT_PASSIVE.contains(word)) {
                continue;
            }
            if (IRREGULAR.contains(word) || (word.length() > 4 && word.endsWith("ed"))) {
                return true;
            }
        }
        return false;
    }
}
