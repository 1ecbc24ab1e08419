package org.salus.story.screening;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the screener found in one story.
 *
 * @param findings   every finding, ordered by position in the text (findings not in the text first)
 * @param maskedText the story with every personal-data finding replaced by its placeholder,
 *                   e.g. "Call me on [phone removed] anytime"; everything else is unchanged
 * @param urgent     true when the story contains crisis language and must be seen by a person soon
 */
public record ScreeningResult(List<Finding> findings, String maskedText, boolean urgent) {

    public ScreeningResult {
        findings = List.copyOf(findings);
        Objects.requireNonNull(maskedText, "maskedText");
    }

    /** True when at least one finding has this flag. */
    public boolean has(Flag flag) {
        return findings.stream().anyMatch(finding -> finding.flag() == flag);
    }

    /** The distinct flags found, in declaration order. */
    public Set<Flag> flags() {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        findings.forEach(finding -> flags.add(finding.flag()));
        return Collections.unmodifiableSet(flags);
    }

    /** The findings with this flag, in text order. */
    public List<Finding> findings(Flag flag) {
        return findings.stream().filter(finding -> finding.flag() == flag).toList();
    }

    /** True when nothing at all was found. */
    public boolean clean() {
        return findings.isEmpty();
    }
}
