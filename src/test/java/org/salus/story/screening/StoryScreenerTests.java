package org.salus.story.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoryScreenerTests {

    static final String OATS_AND_EGGS = "When I was diagnosed with insulin resistance last spring, my doctor"
            + " suggested I look at what I was eating before adding more medication. I swapped white bread and"
            + " sugary cereal for oats, eggs and plenty of vegetables, and I started eating dinner earlier in the"
            + " evening. I also stopped drinking juice. After about four months my A1C went from 6.1 to 5.6 and I"
            + " lost 12 pounds. The biggest surprise was how much steadier my energy felt in the afternoon.";

    static final String METFORMIN_AND_CARBS = "I have PCOS and was told in 2019 that I had insulin resistance. I take"
            + " 500 mg of metformin twice a day with meals. What helped most was cutting back on refined carbs: I aim"
            + " for 120 to 129 grams a day and fill half my plate with vegetables. My blood pressure dropped from"
            + " 140/90 to 130/80, my HDL went up, and I lost 25 pounds in 3 months. I'm also cutting myself some slack"
            + " on weekends, which keeps me going. Honestly my old diet was killing my energy.";

    static final String FAMILY_AND_COOKING = "My GP explained that insulin resistance runs in my family (my dad has"
            + " Parkinson's disease and my aunt has Hashimoto's, so we are used to appointments). I joined a cooking"
            + " class in Scunthorpe, where a dietitian helped us assess labels. I now walk 8,000 steps after dinner and"
            + " my fasting glucose is down from 6.8 to 5.4 mmol/L. I eat lentils, Greek yogurt and berries, and I take"
            + " 1000 mg metformin with breakfast. Between 2020 and 2023 my weight went from 96 kg to 81 kg. I laughed"
            + " so hard I nearly died when my kids tried my cauliflower rice!";

    private final StoryScreener screener = new StoryScreener();

    @ParameterizedTest
    @ValueSource(strings = {OATS_AND_EGGS, METFORMIN_AND_CARBS, FAMILY_AND_COOKING})
    void aCalmOrdinaryStoryAboutDietChangesHasNoFindingsAndIsUnchanged(String story) {
        ScreeningResult result = screener.screen("oatlover", story);

        assertThat(result.findings()).isEmpty();
        assertThat(result.clean()).isTrue();
        assertThat(result.maskedText()).isEqualTo(story);
        assertThat(result.urgent()).isFalse();
    }

    @Test
    void masksAPhoneNumberAndKeepsEverythingElseExactly() {
        ScreeningResult result = screener.screen("Call me on 415-555-0123 anytime");

        assertThat(result.maskedText()).isEqualTo("Call me on [phone removed] anytime");
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.flag()).isEqualTo(Flag.PHONE);
            assertThat(finding.start()).isEqualTo(11);
            assertThat(finding.end()).isEqualTo(23);
            assertThat(finding.excerpt()).isEqualTo("415-555-0123");
            assertThat(finding.explanation()).isEqualTo("Phone number");
        });
    }

    @Test
    void masksEveryKindOfPersonalDataWithItsOwnPlaceholder() {
        String story = "I'm Dr. Patel's patient, born on 3 March 1985, MRN 00482913. Write to jane dot doe at gmail"
                + " dot com, see www.janes-diet.org or visit 221B Baker Street.";

        assertThat(screener.screen(story).maskedText())
                .isEqualTo("I'm Dr. [name removed]'s patient, born on"
                        + " [date of birth removed], MRN [ID number removed]. Write to [email removed], see [link removed] or"
                        + " visit [address removed].");
    }

    @Test
    void findingsAreOrderedByPositionAndTheirOffsetsPointIntoTheOriginalText() {
        String story = "Nurse Jenny Smith gave me her cell 415-555-0123 and said fuck it, email jo@example.com";
        ScreeningResult result = screener.screen(story);

        assertThat(result.findings())
                .extracting(Finding::flag)
                .containsExactly(Flag.PERSON_NAME, Flag.PHONE, Flag.PROFANITY, Flag.EMAIL);
        assertThat(result.findings())
                .allSatisfy(f -> assertThat(story.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
    }

    @Test
    void crisisLanguageMakesTheResultUrgent() {
        ScreeningResult result = screener.screen("Since the diagnosis I sometimes want to end my life.");

        assertThat(result.urgent()).isTrue();
        assertThat(result.has(Flag.CRISIS)).isTrue();
        assertThat(result.maskedText()).isEqualTo("Since the diagnosis I sometimes want to end my life.");
    }

    @Test
    void ordinaryStoriesAreNotUrgent() {
        assertThat(screener.screen(OATS_AND_EGGS).urgent()).isFalse();
    }

    @Test
    void htmlAndScriptAreTreatedAsPlainTextWithCorrectOffsets() {
        String html = "<p>Call <a href=\"tel:4155550123\">me</a></p><script>alert('x')</script>"
                + "<a href=\"https://evil.example.com/x\">my diet</a>";
        ScreeningResult result = screener.screen(html);

        assertThat(result.findings()).extracting(Finding::flag).containsExactly(Flag.PHONE, Flag.URL);
        assertThat(result.findings())
                .allSatisfy(f -> assertThat(html.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
        assertThat(result.maskedText())
                .isEqualTo("<p>Call <a href=\"tel:[phone removed]\">me</a></p>"
                        + "<script>alert('x')</script><a href=\"[link removed]\">my diet</a>");
    }

    @Test
    void nullAndBlankTextGiveAnEmptyResult() {
        assertThat(screener.screen(null).findings()).isEmpty();
        assertThat(screener.screen(null).maskedText()).isEmpty();
        assertThat(screener.screen(null, "   ").maskedText()).isEqualTo("   ");
        assertThat(screener.screen(null, "   ").findings()).isEmpty();
    }

    @Test
    void overlappingPersonalDataIsMaskedOnceByTheMostSpecificFlag() {
        ScreeningResult result = screener.screen("My MRN is 4155550123 and my email is jane @ gmail.com ok");

        assertThat(result.findings()).extracting(Finding::flag).containsExactly(Flag.ID_NUMBER, Flag.EMAIL);
        assertThat(result.maskedText()).isEqualTo("My MRN is [ID number removed] and my email is [email removed] ok");
    }

    @Test
    void aDisplayNameThatLooksLikeAFullNameIsOnlyASoftHintNotLocatedInTheText() {
        ScreeningResult result = screener.screen("Maria Lopez", OATS_AND_EGGS);

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.flag()).isEqualTo(Flag.PERSON_NAME);
            assertThat(finding.inText()).isFalse();
            assertThat(finding.start()).isEqualTo(Finding.NOT_IN_TEXT);
            assertThat(finding.excerpt()).isEqualTo("Maria Lopez");
            assertThat(finding.explanation()).contains("soft hint");
        });
        assertThat(result.maskedText()).isEqualTo(OATS_AND_EGGS);
    }

    @Test
    void theDisplayNameRepeatedInTheStoryIsMasked() {
        ScreeningResult result = screener.screen("Maria Lopez", "Thanks for reading, maria lopez.");

        assertThat(result.maskedText()).isEqualTo("Thanks for reading, [name removed].");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sugarfree", "Mum of 3", "jane_d", "Maria", "M Lopez", "maria lopez", "  "})
    void nicknamesAndSingleNamesAreNotFlaggedAsDisplayNames(String displayName) {
        assertThat(screener.screen(displayName, OATS_AND_EGGS).findings()).isEmpty();
    }

    @Test
    void flagsKnowWhetherTheyArePersonalDataAndHaveLowercaseHyphenCodes() {
        assertThat(Flag.values())
                .filteredOn(Flag::personalData)
                .containsExactly(
                        Flag.EMAIL,
                        Flag.PHONE,
                        Flag.URL,
                        Flag.STREET_ADDRESS,
                        Flag.DATE_OF_BIRTH,
                        Flag.ID_NUMBER,
                        Flag.PERSON_NAME);
        assertThat(Flag.STREET_ADDRESS.code()).isEqualTo("street-address");
        assertThat(Flag.NOT_AN_EXPERIENCE.code()).isEqualTo("not-an-experience");
        assertThat(Flag.fromCode("date-of-birth")).contains(Flag.DATE_OF_BIRTH);
        assertThat(Flag.PHONE.placeholder()).contains("[phone removed]");
        assertThat(Flag.SPAM.placeholder()).isEmpty();
    }

    @Test
    void theResultListsEachFlagOnceAndCannotBeModified() {
        ScreeningResult result = screener.screen("Call 415-555-0123 or 212-555-0199, or email a@b.com");

        assertThat(result.flags()).containsExactly(Flag.EMAIL, Flag.PHONE);
        assertThat(result.findings(Flag.PHONE)).hasSize(2);
        assertThatThrownBy(() -> result.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findingsRejectImpossibleOffsets() {
        assertThatThrownBy(() -> new Finding(Flag.PHONE, 5, 2, "x", "y")).isInstanceOf(IllegalArgumentException.class);
    }
}
