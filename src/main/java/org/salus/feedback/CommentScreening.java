package org.salus.feedback;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.salus.story.screening.Flag;
import org.salus.story.screening.ScreeningResult;
import org.salus.story.screening.StoryScreener;
import org.springframework.stereotype.Component;

/**
 * Screens a feedback comment or problem description with the stories' screener.
 * <p>
 * <b>Personal data is refused, not stored masked.</b> A comment is read only by editors and never
 * published, so masking would keep nothing useful; refusing keeps nothing at all, lets the reader
 * see exactly what we would have kept, and tells a reader who left a phone number or email that
 * feedback gets no reply (they expect one, and a silently masked comment would leave them waiting).
 * Web addresses are the exception: a "broken link" report needs the address, and an address of a
 * page is not a person's data.
 * <p>
 * Crisis language is never refused: the text is stored, marked urgent for the editors, and the
 * reader is shown the crisis lines at once.
 */
@Component
class CommentScreening {

    /** Personal data a comment may not carry: each one is named to the reader. */
    static final Set<Flag> REFUSED = EnumSet.of(
            Flag.EMAIL, Flag.PHONE, Flag.STREET_ADDRESS, Flag.DATE_OF_BIRTH, Flag.ID_NUMBER, Flag.PERSON_NAME);

    private final StoryScreener screener = new StoryScreener();

    /**
     * What screening found.
     *
     * @param refused the personal-data flags that keep the text from being stored (in declaration order)
     * @param urgent  crisis language: show the crisis help and mark the feedback urgent
     * @param flags   every flag found, as stored codes ("url,profanity"); "" when none
     */
    record Verdict(Set<Flag> refused, boolean urgent, String flags) {

        boolean accepted() {
            return refused.isEmpty();
        }
    }

    Verdict screen(String text) {
        if (text == null || text.isBlank()) {
            return new Verdict(Set.of(), false, "");
        }
        ScreeningResult result = screener.screen(text);
        Set<Flag> refused = EnumSet.noneOf(Flag.class);
        result.flags().stream().filter(REFUSED::contains).forEach(refused::add);
        String codes = result.flags().stream().map(Flag::code).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
        return new Verdict(refused, result.urgent(), codes);
    }
}
