package org.salus.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The format checks of SNOMED CT and MeSH ids, which need no list. */
class CodeCheckTests {

    @Test
    void realSnomedConceptIdsPassTheirVerhoeffCheck() {
        // type 2 diabetes mellitus, diabetes mellitus, asthma, hypertensive disorder
        for (String id : new String[] {"44054006", "73211009", "195967001", "38341003"}) {
            assertThat(CodeCheck.snomed(id).accepted()).as(id).isTrue();
        }
    }

    @Test
    void aMistypedSnomedIdIsCaughtByItsCheckDigit() {
        assertThat(CodeCheck.snomed("44054007").problem())
                .isEqualTo("44054007 is not a SNOMED CT concept id: its check digit is wrong (a typo?)");
        assertThat(CodeCheck.snomed("44504006").accepted()).isFalse(); // two digits swapped
    }

    @Test
    void snomedIdsHaveSixToEighteenDigitsAndAConceptPartition() {
        assertThat(CodeCheck.snomed("12345").problem()).contains("6 to 18 digits");
        assertThat(CodeCheck.snomed("044054006").problem()).contains("no leading zero");
        assertThat(CodeCheck.snomed("E11.9").accepted()).isFalse();
        assertThat(CodeCheck.snomed("754825011").problem()).contains("partition digits 01"); // a description id
    }

    @Test
    void meshIdsAreDescriptorIds() {
        assertThat(CodeCheck.mesh("D006973").accepted()).isTrue();
        assertThat(CodeCheck.mesh("D000086382").accepted()).isTrue();
        assertThat(CodeCheck.mesh("d006973").accepted()).isFalse();
        assertThat(CodeCheck.mesh("C535338").problem())
                .isEqualTo("C535338 is not a MeSH descriptor id: it is D followed by 6 or 9 digits, like D006973");
    }
}
