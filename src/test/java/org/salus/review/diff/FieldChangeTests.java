package org.salus.review.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FieldChangeTests {

    @Test
    void titleChangeMarksOnlyTheWordsThatDiffer() {
        assertThat(RevisionDiff.compareField("Type 2 diabetes", "Type 2 diabetes in adults"))
                .isEqualTo(new FieldChange(
                        "Type 2 diabetes",
                        "Type 2 diabetes in adults",
                        List.of(Span.same("Type 2 diabetes")),
                        List.of(Span.same("Type 2 diabetes "), Span.changed("in adults"))));
    }

    @Test
    void unchangedFieldIsNotChangedAndMissingFieldReadsAsEmpty() {
        FieldChange same = RevisionDiff.compareField("Diabetes", "Diabetes");
        FieldChange appeared = RevisionDiff.compareField(null, "A summary");

        assertThat(same.changed()).isFalse();
        assertThat(same.newerSpans()).containsExactly(Span.same("Diabetes"));
        assertThat(appeared).isEqualTo(new FieldChange("", "A summary", List.of(), List.of(Span.changed("A summary"))));
    }
}
