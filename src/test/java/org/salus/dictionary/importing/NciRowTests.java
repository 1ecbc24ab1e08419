package org.salus.dictionary.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules every NCI glossary record meets, in either form of the glossary. */
class NciRowTests {

    @Test
    void anOversizedDefinitionIsAReasonToSkipTheRecord() {
        String huge = "Cells. ".repeat(NciRow.MAX_DEFINITION / 7 + 10);

        assertThat(row(huge, "").problem()).isEqualTo("a definition is longer than the limit of 20000 characters");
        assertThat(row("A short one.", huge).problem())
                .isEqualTo("a definition is longer than the limit of 20000 characters");
        assertThat(row("A short one.", "Una corta.").problem()).isNull();
    }

    private static NciRow row(String definitionEn, String definitionEs) {
        return new NciRow("line 2", "44058", "tumor", "TOO-mer", definitionEn, "tumor", definitionEs);
    }
}
