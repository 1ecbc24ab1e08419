package org.salus.story.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates of birth, ID numbers and names of people. */
class RecordsAndNamesTests {

    private final StoryScreener screener = new StoryScreener();

    private List<String> excerpts(String text, Flag flag) {
        return screener.screen(text).findings(flag).stream()
                .map(Finding::excerpt)
                .toList();
    }

    @Test
    void findsDatesOfBirthAfterABirthCue() {
        String text = "I was born on 3 March 1985. DOB: 04/05/1985. My birthday is July 4th, 1990.";

        assertThat(excerpts(text, Flag.DATE_OF_BIRTH)).containsExactly("3 March 1985", "04/05/1985", "July 4th, 1990");
    }

    @ParameterizedTest
    @ValueSource(strings = {"On 03/14/2021 I started walking.", "I was born in 1985.", "Diagnosed March 3, 2020."})
    void otherDatesAreNotDatesOfBirth(String text) {
        assertThat(screener.screen(text).has(Flag.DATE_OF_BIRTH)).isFalse();
    }

    @Test
    void findsRecordInsuranceAndSocialSecurityNumbers() {
        String text = "My MRN is 00482913, patient ID number 12345-AB, policy no. XJ4410982, NHS number"
                + " 943 476 5919 and SSN: 123-45-6789.";

        assertThat(excerpts(text, Flag.ID_NUMBER))
                .containsExactly("00482913", "12345-AB", "XJ4410982", "943 476 5919", "123-45-6789");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My ID is 12.",
                "Our group number grew to 40 people.",
                "I kept my insurance number handy.",
                "Between 2019-20-2021 I changed."
            })
    void shortOrMissingNumbersAreNotIdNumbers(String text) {
        assertThat(screener.screen(text).has(Flag.ID_NUMBER)).isFalse();
    }

    @Test
    void findsDoctorsAndNursesAfterTheirTitleAndKeepsTheTitle() {
        String text = "I saw Dr. Patel, Nurse Jenny Smith, Nurse Practitioner Amy Lee and Prof O'Brien.";
        ScreeningResult result = screener.screen(text);

        assertThat(excerpts(text, Flag.PERSON_NAME)).containsExactly("Patel", "Jenny Smith", "Amy Lee", "O'Brien");
        assertThat(result.maskedText())
                .isEqualTo("I saw Dr. [name removed], Nurse [name removed], Nurse"
                        + " Practitioner [name removed] and Prof [name removed].");
    }

    @Test
    void findsNamesAfterACareRoleOrARelative() {
        String text = "My endocrinologist, Sarah Jones, and a dietitian named Maria Lopez helped my husband Tom.";

        assertThat(excerpts(text, Flag.PERSON_NAME)).containsExactly("Sarah Jones", "Maria Lopez", "Tom");
    }

    @Test
    void aPossessiveDoctorNameIsStillAName() {
        assertThat(screener.screen("Dr. Patel's advice was to eat more fibre.").maskedText())
                .isEqualTo("Dr. [name removed]'s advice was to eat more fibre.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I also have Hashimoto's.",
                "My dad has Parkinson's disease.",
                "My nurse, Crohn's" + " disease expert, helped.",
                "My wife, Hashimoto's thyroiditis made it hard.",
                "Addison's and" + " Cushing's syndrome were ruled out.",
                "My son Down syndrome group meets weekly.",
                "My doctor, Addison's disease specialist, agreed.",
                "We tried the Atkins diet."
            })
    void diseasesNamedAfterPeopleAreNotNames(String text) {
        assertThat(screener.screen(text).has(Flag.PERSON_NAME)).isFalse();
    }

    @Test
    void aDoctorWhoSharesAnEponymsNameIsStillFlagged() {
        assertThat(excerpts("Dr. Parkinson was kind.", Flag.PERSON_NAME)).containsExactly("Parkinson");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My doctor Said no.",
                "I asked Dr. Google first.",
                "My husband Type 2 diabetes scare.",
                "My GP Surgery was busy.",
                "The nurse I saw on Monday was kind.",
                "My doctor. She listened.",
                "DR PATEL SAID SO"
            })
    void capitalisedWordsThatAreNotNamesAreNotFlagged(String text) {
        assertThat(screener.screen(text).has(Flag.PERSON_NAME)).isFalse();
    }
}
