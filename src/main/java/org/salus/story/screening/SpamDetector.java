package org.salus.story.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advertising and junk. The text is spam when any of these holds:
 * <ul>
 * <li>{@value #MANY_LINKS} or more links;</li>
 * <li>a link together with any selling word ("buy", "discount", "order", "sale"...);</li>
 * <li>two or more hard-sell phrases ("promo code", "buy now", "free trial", "click here", "50% off");</li>
 * <li>the same sentence of {@value #MIN_REPEATED_WORDS}+ words twice, or one word
 * {@value #SAME_WORD_RUN} times in a row.</li>
 * </ul>
 * A single "I buy frozen vegetables", "I used a promo code at the gym" or one recipe link is not spam. Each piece of
 * evidence becomes its own finding; the links themselves are reported as {@link Flag#URL}.
 */
final class SpamDetector implements Detector {

    static final int MANY_LINKS = 3;
    static final int MIN_REPEATED_WORDS = 5;

    private static final Pattern HARD_SELL = Pattern.compile("(?iu)(?<![\\p{L}])(?:promo(?:tion(?:al)?)?\\s+codes?"
            + "|discount\\s+codes?|coupon(?:\\s+codes?)?|use\\s+(?:my\\s+)?code|buy\\s+(?:it\\s+)?now"
            + "|order\\s+(?:yours\\s+)?now"
            + "|shop\\s+now|free\\s+trial|click\\s+(?:here|the\\s+link|below)|limited[-\\s]time(?:\\s+offer)?"
            + "|link\\s+in\\s+(?:my\\s+)?bio|dm\\s+me|message\\s+me\\s+for|money[-\\s]back\\s+guarantee"
            + "|\\d{1,2}\\s?%\\s+off|make\\s+money|work\\s+from\\s+home|miracle\\s+cure|best\\s+price"
            + "|subscribe\\s+(?:now|today|to\\s+my)|sign\\s+up\\s+(?:now|today|here)|special\\s+offer)(?![\\p{L}])");

    private static final Pattern SELLING = Pattern.compile("(?iu)(?<![\\p{L}])(?:buy(?:ing)?|discounts?|discounted"
            + "|order(?:ing)?|sale|deals?|cheap(?:est)?|offer|shop|store|purchase|price|supplements?|affiliate)"
            + "(?![\\p{L}])");

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");
    private static final int SAME_WORD_RUN = 5;

    private final LinkDetector links = new LinkDetector();

    @Override
    public void detect(String text, List<Finding> out) {
        List<Finding> evidence = new ArrayList<>();
        List<Finding> found = links.find(text);
        List<Finding> hardSell = matches(text, HARD_SELL, "Advertising wording");
        List<Finding> selling = matches(text, SELLING, "Selling word next to a link");
        if (found.size() >= MANY_LINKS) {
            Finding first = found.get(0);
            Finding last = found.get(found.size() - 1);
            evidence.add(Finding.at(text, Flag.SPAM, first.start(), last.end(), found.size() + " links"));
        }
        if (!found.isEmpty() || hardSell.size() >= 2) {
            evidence.addAll(hardSell);
        }
        if (!found.isEmpty() && hardSell.isEmpty()) {
            evidence.addAll(selling);
        }
        evidence.addAll(repeats(text));
        out.addAll(evidence);
    }

    private static List<Finding> matches(String text, Pattern pattern, String explanation) {
        List<Finding> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(Finding.at(text, Flag.SPAM, m.start(), m.end(), explanation + " (\"" + m.group() + "\")"));
        }
        return found;
    }

    /** Second and later copies of a sentence, and long runs of one word. */
    private static List<Finding> repeats(String text) {
        List<Finding> found = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            String key = sentence.group()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}]+", " ")
                    .strip();
            if (key.split(" ").length < MIN_REPEATED_WORDS) {
                continue;
            }
            if (seen.merge(key, 1, Integer::sum) > 1) {
                int start = sentence.start() + ShoutingDetector.firstNonSpace(sentence.group());
                int end = sentence.start() + ShoutingDetector.lastNonSpace(sentence.group());
                found.add(Finding.at(text, Flag.SPAM, start, end, "The same sentence repeated"));
            }
        }
        List<Words.Word> words = Words.of(text);
        for (int first = 0, next; first < words.size(); first = next) {
            next = first + 1;
            while (next < words.size()
                    && words.get(next).text().equalsIgnoreCase(words.get(first).text())) {
                next++;
            }
            if (next - first >= SAME_WORD_RUN) {
                found.add(Finding.at(
                        text,
                        Flag.SPAM,
                        words.get(first).start(),
                        words.get(next - 1).end(),
                        "One word repeated over and over"));
            }
        }
        return found;
    }
}
