package org.salus.infobutton;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeLevelsTests {

    @Test
    void icd10CmRollsUpOneCharacterAtATimeToTheCategory() {
        assertThat(CodeLevels.levels("ICD-10-CM", "E11.65")).containsExactly("E1165", "E116", "E11");
        assertThat(CodeLevels.levels("ICD-10-CM", "e88.819")).containsExactly("E88819", "E8881", "E888", "E88");
        assertThat(CodeLevels.levels("ICD-10-CM", "S52521A"))
                .containsExactly("S52521A", "S52521", "S5252", "S525", "S52");
        assertThat(CodeLevels.levels("ICD-10-CM", "E11")).containsExactly("E11");
    }

    @Test
    void somethingThatIsNotAnIcdCodeIsLookedUpAsSentAndNeverShortened() {
        assertThat(CodeLevels.levels("ICD-10-CM", "E1")).containsExactly("E1");
        assertThat(CodeLevels.levels("ICD-10-CM", "invalid")).containsExactly("INVALID");
    }

    @Test
    void icd9CmRollsUpToItsCategoryWhichHasFourCharactersForECodes() {
        assertThat(CodeLevels.levels("ICD-9-CM", "250.33")).containsExactly("25033", "2503", "250");
        assertThat(CodeLevels.levels("ICD-9-CM", "E849.0")).containsExactly("E8490", "E849");
        assertThat(CodeLevels.storedForms("ICD-9-CM", "E8490")).containsExactly("E849.0", "E8490");
    }

    @Test
    void otherSystemsMatchExactly() {
        assertThat(CodeLevels.levels("SNOMED-CT", "44054006")).containsExactly("44054006");
        assertThat(CodeLevels.levels("MESH", "d003924")).containsExactly("D003924");
        assertThat(CodeLevels.storedForms("LOINC", "2093-3")).containsExactly("2093-3");
    }

    @Test
    void icdLevelsAreLookedUpWithAndWithoutTheirDot() {
        assertThat(CodeLevels.storedForms("ICD-10-CM", "E116")).containsExactly("E11.6", "E116");
        assertThat(CodeLevels.storedForms("ICD-10-CM", "E11")).containsExactly("E11");
    }
}
