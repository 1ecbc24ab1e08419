package org.salus.story.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One family of screening rules. Implementations are stateless and thread-safe. */
interface Detector {

    /** Adds what this detector finds in {@code text} to {@code out}. {@code text} is never null. */
    void detect(String text, List<Finding> out);

    /** Adds a finding for every match of {@code pattern} in {@code text}. */
    static void everyMatch(Pattern pattern, String text, Flag flag, String explanation, List<Finding> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(Finding.at(text, flag, m.start(), m.end(), explanation));
        }
    }
}
