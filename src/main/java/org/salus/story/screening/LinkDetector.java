package org.salus.story.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web links: anything starting with http://, https:// or www., and bare domains with a common
 * ending ("bit.ly/x", "mysupplements.com"). Addresses inside email addresses are left to
 * {@link EmailDetector}. Trailing sentence punctuation is not part of the link.
 */
final class LinkDetector implements Detector {

    private static final Pattern WITH_SCHEME = Pattern.compile("(?i)(?<![\\w@.-])(?:https?://|www\\.)[^\\s<>\"'`]+");

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
    private static final Pattern BARE = Pattern.compile("(?i)(?<![\\w@.\\-/])" + LABEL + "(?:\\." + LABEL + "){0,10}"
            + "\\.(?:com|org|net|io|co|info|biz|shop|store|health|app|ly|me|us|uk|ca|au|tv|xyz|online|site)"
            + "(?![\\w@-])(?:/[^\\s<>\"'`]*)?");

    @Override
    public void detect(String text, List<Finding> out) {
        out.addAll(find(text));
    }

    /** The links in {@code text}, in order, without overlaps. */
    List<Finding> find(String text) {
        List<Finding> links = new ArrayList<>();
        Matcher scheme = WITH_SCHEME.matcher(text);
        while (scheme.find()) {
            int end = trimEnd(text, scheme.start(), scheme.end());
            links.add(Finding.at(text, Flag.URL, scheme.start(), end, "Web link"));
        }
        Matcher bare = BARE.matcher(text);
        while (bare.find()) {
            int start = bare.start();
            int end = trimEnd(text, start, bare.end());
            if (links.stream().noneMatch(link -> link.start() < end && start < link.end())) {
                links.add(Finding.at(text, Flag.URL, start, end, "Web address"));
            }
        }
        links.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return links;
    }

    /** Drops sentence punctuation and unbalanced closing brackets from the end of a link. */
    private static int trimEnd(String text, int start, int end) {
        while (end > start + 1) {
            char last = text.charAt(end - 1);
            boolean unbalancedParen = last == ')' && text.substring(start, end).indexOf('(') < 0;
            if (".,;:!?]}>".indexOf(last) >= 0 || unbalancedParen) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }
}
