package org.salus.story.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Common English swear words, including a few starred spellings ("f*ck", "sh!t"). Words are matched
 * whole, never inside other words, so "Scunthorpe", "assess", "class" and "passion" are fine.
 * Words that are also ordinary health vocabulary ("prick" as in finger-prick test, "cock") are left
 * out; mild words ("damn", "hell", "crap") are not flagged.
 */
final class ProfanityDetector implements Detector {

    private static final Pattern SWEARING = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:"
            + "(?:mother)?f(?:u|\\*|@|#)ck(?:s|ed|er|ers|ing|in)?|fuk|fck|stfu|wtf"
            + "|(?:bull)?sh(?:i|!|1|\\*)t(?:s|ty|ting|head|heads)?"
            + "|bitch(?:es|y|ing)?|bastards?|ass|asses|asshole?s?|arse|arsehole?s?|jackass"
            + "|cunts?|twats?|wank(?:er|ers|ing)?|dickheads?|pissed|piss|pissing|bollocks|goddamn(?:ed)?"
            + ")(?![\\p{L}\\p{N}])");

    @Override
    public void detect(String text, List<Finding> out) {
        Matcher m = SWEARING.matcher(text);
        while (m.find()) {
            out.add(Finding.at(text, Flag.PROFANITY, m.start(), m.end(), "Swear word"));
        }
    }
}
