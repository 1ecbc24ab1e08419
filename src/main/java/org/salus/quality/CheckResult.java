package org.salus.quality;

import java.util.List;

/**
 * One item's outcome. {@code reasonKey} names the message that says why (with {@code reasonArgs}:
 * the sentence, heading or number concerned); null when there is nothing to say.
 */
public record CheckResult(QualityItem item, CheckStatus status, String reasonKey, List<String> reasonArgs) {

    public CheckResult {
        reasonArgs = List.copyOf(reasonArgs);
    }

    static CheckResult passed(QualityItem item) {
        return new CheckResult(item, CheckStatus.PASSED, null, List.of());
    }

    static CheckResult passed(QualityItem item, String key, String... args) {
        return new CheckResult(item, CheckStatus.PASSED, key, List.of(args));
    }

    static CheckResult failed(QualityItem item, String key, String... args) {
        return new CheckResult(item, CheckStatus.FAILED, key, List.of(args));
    }

    static CheckResult notApplicable(QualityItem item) {
        return new CheckResult(item, CheckStatus.NOT_APPLICABLE, null, List.of());
    }

    static CheckResult human(QualityItem item, String key) {
        return new CheckResult(item, CheckStatus.HUMAN, key, List.of());
    }

    /** The reason's arguments as an array, for the template's message lookup. */
    public Object[] args() {
        return reasonArgs.toArray();
    }

    /** A short line for tests and logs: {@code ACTIVE_VOICE failed quality.reason.passive [..]}. */
    @Override
    public String toString() {
        return item + " " + status.code() + (reasonKey == null ? "" : " " + reasonKey + " " + reasonArgs);
    }
}
