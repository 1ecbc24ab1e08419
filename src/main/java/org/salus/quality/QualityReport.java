package org.salus.quality;

import java.util.List;

/**
 * The checks of one text: the whole article's results (a per-section item fails there when a
 * section fails), each section's results, and the score: the share of automated items that passed,
 * out of those that passed or failed (PEMAT's way of scoring: items that do not apply are left
 * out), 0–100.
 */
public record QualityReport(List<CheckResult> whole, List<SectionResult> sections, int score) {

    public QualityReport {
        whole = List.copyOf(whole);
        sections = List.copyOf(sections);
    }

    /** One section's heading and its per-section results. */
    public record SectionResult(String heading, List<CheckResult> results) {

        public SectionResult {
            results = List.copyOf(results);
        }

        public long failures() {
            return results.stream()
                    .filter(r -> r.status() == CheckStatus.FAILED)
                    .count();
        }
    }

    /** The items for a person to judge, whole-article results handed to people included. */
    public List<CheckResult> forPeople() {
        return whole.stream().filter(r -> r.status() == CheckStatus.HUMAN).toList();
    }

    /** The automated results shown in the whole-article table (people's items are listed apart). */
    public List<CheckResult> automated() {
        return whole.stream().filter(r -> r.status() != CheckStatus.HUMAN).toList();
    }

    public long count(CheckStatus status) {
        return whole.stream().filter(r -> r.status() == status).count();
    }
}
