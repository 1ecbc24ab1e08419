package org.salus.quality;

/** {@code editor/qualityPanel.jte}: a text's report and the configured limit. */
public record QualityPanel(QualityReport report, int minScore) {

    /** Publishing needs a recorded reason. */
    public boolean belowMinimum() {
        return report.score() < minScore;
    }
}
