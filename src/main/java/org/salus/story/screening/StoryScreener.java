package org.salus.story.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Screens a reader's story before any moderator sees it: flags problems and masks personal data.
 * Pure Java, stateless and thread-safe, so one instance can be shared (for example as a Spring
 * bean). The text is treated as plain text: HTML or script tags are neither interpreted nor removed,
 * and every offset refers to the string exactly as given.
 *
 * <pre>{@code
 * ScreeningResult result = new StoryScreener().screen("Jane Smith", "Call me on 415-555-0123 anytime");
 * result.maskedText();      // "Call me on [phone removed] anytime"
 * result.has(Flag.PHONE);   // true
 * result.urgent();          // false: true only when crisis language was found
 * }</pre>
 *
 * When personal-data findings overlap, only one is kept (and masked), chosen by flag in this order:
 * email, ID number, date of birth, phone, link, street address, name; then the longer one.
 * Other findings are reported as found, even when they overlap.
 */
public final class StoryScreener {

    private static final List<Flag> MASKING_PRIORITY = List.of(
            Flag.EMAIL,
            Flag.ID_NUMBER,
            Flag.DATE_OF_BIRTH,
            Flag.PHONE,
            Flag.URL,
            Flag.STREET_ADDRESS,
            Flag.PERSON_NAME);

    private static final Comparator<Finding> IN_TEXT_ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::flag);

    private final NameDetector names = new NameDetector();
    private final List<Detector> detectors = List.of(
            new EmailDetector(),
            new LinkDetector(),
            new PhoneDetector(),
            new AddressDetector(),
            new RecordNumberDetector(),
            names,
            new CrisisDetector(),
            new SpanishCrisisDetector(),
            new ProfanityDetector(),
            new ShoutingDetector(),
            new SpamDetector(),
            new NotAnExperienceDetector());

    public StoryScreener() {}

    /** Screens {@code text} (null is treated as empty). */
    public ScreeningResult screen(String text) {
        return screen(null, text);
    }

    /**
     * Screens {@code text} and also checks the writer's {@code displayName} (may be null): a display
     * name that looks like a real full name gives a soft-hint {@link Flag#PERSON_NAME} finding that
     * is not located in the text, and repeats of it inside the story are masked.
     */
    public ScreeningResult screen(String displayName, String text) {
        String story = text == null ? "" : text;
        List<Finding> found = new ArrayList<>();
        for (Detector detector : detectors) {
            detector.detect(story, found);
        }
        names.detectDisplayName(displayName, story, found);

        List<Finding> kept = withoutOverlappingPersonalData(found);
        kept.sort(IN_TEXT_ORDER);
        boolean urgent = kept.stream().anyMatch(finding -> finding.flag() == Flag.CRISIS);
        return new ScreeningResult(kept, mask(story, kept), urgent);
    }

    private static List<Finding> withoutOverlappingPersonalData(List<Finding> found) {
        List<Finding> personal = new ArrayList<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : found) {
            boolean maskable = finding.flag().personalData() && finding.inText() && finding.length() > 0;
            (maskable ? personal : kept).add(finding);
        }
        personal.sort(Comparator.<Finding>comparingInt(f -> MASKING_PRIORITY.indexOf(f.flag()))
                .thenComparing(Comparator.comparingInt(Finding::length).reversed())
                .thenComparingInt(Finding::start));
        List<Finding> chosen = new ArrayList<>();
        for (Finding candidate : personal) {
            if (chosen.stream().noneMatch(candidate::overlaps)) {
                chosen.add(candidate);
            }
        }
        kept.addAll(chosen);
        return kept;
    }

    /** The text with each personal-data finding replaced by its placeholder. */
    private static String mask(String text, List<Finding> findings) {
        StringBuilder masked = new StringBuilder(text.length());
        int copied = 0;
        for (Finding finding : findings) {
            if (finding.flag().personalData()
                    && finding.inText()
                    && finding.start() >= copied
                    && finding.length() > 0) {
                masked.append(text, copied, finding.start())
                        .append(finding.flag().placeholder().orElseThrow());
                copied = finding.end();
            }
        }
        return masked.append(text, copied, text.length()).toString();
    }
}
