package org.salus.story.screening;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Texts that share no personal experience. Two simple rules, each flagging the whole text:
 * <ol>
 * <li><b>Only a question</b>: the text ends with "?" and either every sentence is a question
 * ("Can I eat bananas? Is rice OK?") or it has no first-person word (I, me, my, we, our...):
 * "What changes to your diet have helped manage your insulin resistance?"</li>
 * <li><b>Only a complaint</b>: the text names a provider (hospital, clinic, doctor, insurer,
 * pharmacy...), uses complaint words (rude, worst, incompetent, avoid, sue...) and has no health
 * experience words at all (diet, ate, glucose, weight, felt, diagnosed, medication...).</li>
 * </ol>
 * A story that complains about a clinic but also says what the writer ate, felt or changed is an
 * experience and is not flagged.
 */
final class NotAnExperienceDetector implements Detector {

    private static final Pattern FIRST_PERSON = Pattern.compile("(?iu)(?<![\\p{L}])"
            + "(?:i|i'm|i’m|im|i've|i’ve|i'd|i’d"
            + "|i'll|i’ll|me|my|mine|myself|we|we've|we’ve|we're|we’re|our|ours|ourselves)(?![\\p{L}])");

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

    private static final Pattern PROVIDER = Pattern.compile("(?iu)(?<![\\p{L}])(?:hospitals?|clinics?|doctors?|dr"
            + "|physicians?|gp|surgery|practice|nurses?|staff|receptionists?|insurers?|insurance|pharmac(?:y|ies|ist)"
            + "|providers?|er|a&e|urgent\\s+care|office|endocrinologists?|specialists?|nhs|medical\\s+center"
            + "|health\\s+system)(?![\\p{L}])");

    private static final Pattern COMPLAINT = Pattern.compile("(?iu)(?<![\\p{L}])(?:worst|terrible|awful|horrible"
            + "|rude|incompetent|useless|negligent|negligence|malpractice|sue|suing|lawsuit|avoid|disgusting"
            + "|unprofessional|scam|rip-?off|waste\\s+of|never\\s+(?:go|again)|do\\s+not\\s+go|don't\\s+go|one\\s+star"
            + "|1\\s+star|zero\\s+stars|shameful|pathetic|disgrace(?:ful)?)(?![\\p{L}])");

    private static final Pattern EXPERIENCE = Pattern.compile("(?iu)(?<![\\p{L}])(?:diet|dieting|ate|eat|eating"
            + "|meals?|food|foods|carbs?|sugars?|glucose|insulin|a1c|hba1c|weight|lost|gained|pounds|kg|exercise"
            + "|exercising|walk|walking|sleep|energy|felt|feel|feeling|symptoms?|diagnos(?:ed|is)|medications?"
            + "|metformin|changed|started|stopped|tried|helped|cook|cooking|breakfast|lunch|dinner|snacks?"
            + "|vegetables|protein|fasting|blood|pain|tired|hungry|cravings?)(?![\\p{L}])");

    @Override
    public void detect(String text, List<Finding> out) {
        int start = ShoutingDetector.firstNonSpace(text);
        int end = ShoutingDetector.lastNonSpace(text);
        if (start >= end) {
            return;
        }
        String body = text.substring(start, end);
        if (onlyQuestions(body)) {
            out.add(Finding.at(
                    text, Flag.NOT_AN_EXPERIENCE, start, end, "Only a question: no personal experience shared"));
        } else if (PROVIDER.matcher(body).find()
                && COMPLAINT.matcher(body).find()
                && !EXPERIENCE.matcher(body).find()) {
            out.add(Finding.at(
                    text,
                    Flag.NOT_AN_EXPERIENCE,
                    start,
                    end,
                    "Mainly a complaint about a provider: no personal health experience shared"));
        }
    }

    private static boolean onlyQuestions(String body) {
        if (!body.endsWith("?")) {
            return false;
        }
        if (!FIRST_PERSON.matcher(body).find()) {
            return true;
        }
        return SENTENCE_END.matcher(body).results().allMatch(end -> end.group().contains("?"));
    }
}
