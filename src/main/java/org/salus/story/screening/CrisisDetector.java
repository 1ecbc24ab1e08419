package org.salus.story.screening;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Suicide, self-harm and wanting-to-die language ("I want to die", "thinking about ending my life",
 * "self-harm", "better off dead"). Any match makes the whole result {@link ScreeningResult#urgent()}.
 *
 * <p>Phrases are matched case-insensitively on word boundaries and are deliberately specific, so
 * figures of speech such as "my diet was killing my energy", "I died laughing" or "cutting myself
 * some slack" do not match, and "I don't want to die young" (a negated wish) does not either.
 * When in doubt the list errs towards flagging: a person reads every flagged story.
 */
final class CrisisDetector implements Detector {

    private static final String NOT_NEGATED = "(?<!n't\\s)(?<!n’t\\s)(?<!not\\s)(?<!never\\s)(?<!nt\\s)";

    private static final Pattern CRISIS = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + "kill(?:ing|ed)?\\s+myself"
            + "|(?:end|ending|ended|take|taking|took)\\s+my\\s+(?:own\\s+)?life"
            + "|end(?:ing)?\\s+it\\s+all"
            + "|" + NOT_NEGATED + "(?:want|wanted|wanting|wants)\\s+to\\s+die"
            + "|(?:wish|wished)\\s+(?:that\\s+)?I\\s+(?:was|were|could\\s+be)\\s+dead"
            + "|(?:don't|don’t|do\\s+not|didn't|didn’t)\\s+want\\s+to\\s+(?:live|be\\s+alive|be\\s+here|wake\\s+up)"
            + "(?:\\s+any\\s*more)?"
            + "|suicid(?:e|es|al|ality)"
            + "|self[-\\s]?harm(?:ing|ed|s)?"
            + "|(?:want(?:ed)?\\s+to|going\\s+to|tried\\s+to|trying\\s+to|thoughts?\\s+(?:of|about)"
            + "|thinking\\s+(?:of|about))\\s+(?:hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?)\\s+myself"
            + "|cutting\\s+myself(?!\\s+(?:some\\s+|a\\s+)?(?:slack|break|off|short|out|back|down|free|loose|in))"
            + "|cut\\s+myself\\s+on\\s+purpose"
            + "|no\\s+(?:reason|point)\\s+(?:to|in)\\s+(?:live|living|going\\s+on)"
            + "|nothing\\s+(?:left\\s+)?to\\s+live\\s+for"
            + "|better\\s+off\\s+(?:dead|without\\s+me)"
            + "|overdos(?:e|ed|ing)\\s+on\\s+purpose"
            + ")(?![\\p{L}])");

    @Override
    public void detect(String text, List<Finding> out) {
        Detector.everyMatch(
                CRISIS, text, Flag.CRISIS, "Possible suicide or self-harm language: needs urgent review", out);
    }
}
