package org.salus.story.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Email, phone, link and postal address rules. */
class ContactDetailsTests {

    private final StoryScreener screener = new StoryScreener();

    private List<String> excerpts(String text, Flag flag) {
        return screener.screen(text).findings(flag).stream()
                .map(Finding::excerpt)
                .toList();
    }

    @Test
    void findsPlainEmailAddresses() {
        assertThat(excerpts("Write to jane.doe+diet@example.co.uk.", Flag.EMAIL))
                .containsExactly("jane.doe+diet@example.co.uk");
    }

    @Test
    void findsAnEmailWrittenOutWithDotAndAtWords() {
        ScreeningResult result = screener.screen("Email me at jane dot doe at gmail dot com please");

        assertThat(result.findings(Flag.EMAIL)).singleElement().satisfies(finding -> {
            assertThat(finding.excerpt()).isEqualTo("jane dot doe at gmail dot com");
            assertThat(finding.explanation()).contains("written out in words");
        });
        assertThat(result.maskedText()).isEqualTo("Email me at [email removed] please");
    }

    @Test
    void findsAnEmailWrittenWithSpaces() {
        ScreeningResult result = screener.screen("Reach me: jane @ gmail . com");

        assertThat(result.findings(Flag.EMAIL)).singleElement().satisfies(finding -> {
            assertThat(finding.excerpt()).isEqualTo("jane @ gmail . com");
            assertThat(finding.explanation()).isEqualTo("Looks like an email address written with spaces");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane [at] yahoo [dot] com", "jdoe85 at hotmail dot co dot uk", "sam(at)outlook(dot)com"})
    void findsOtherDisguisedEmails(String email) {
        assertThat(excerpts("Contact " + email + " for my meal plan", Flag.EMAIL))
                .containsExactly(email);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I looked at WebMD dot com for recipes.",
                "We ate at home. Com-munity dinners helped.",
                "I shop at www.wholefoods.com now.",
                "My weight is at 80 kg."
            })
    void ordinaryUseOfAtAndDotIsNotAnEmail(String text) {
        assertThat(screener.screen(text).has(Flag.EMAIL)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "call (415) 555-0123 tonight",
                "my cell is 415.555.0123",
                "text 07911 123456",
                "ring +44 20 7946 0958 please",
                "my number: 4155550123"
            })
    void findsPhoneNumbers(String text) {
        assertThat(screener.screen(text).findings(Flag.PHONE)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I take 500 mg twice a day.",
                "My A1C of 6.4 scared me.",
                "Blood pressure 130/80.",
                "I keep it at 120 to 129 grams.",
                "It started in 2019.",
                "I lost 25 pounds in 3 months.",
                "My metformin went 500 850 1000 mg over the year.",
                "My glucose readings were 110 120 1300 last week.",
                "I eat 1200-1500 calories a day.",
                "Between 2018-2020 I lost 30 lb.",
                "I walk 10,000 steps."
            })
    void dosesAndMeasurementsAreNotPhoneNumbers(String text) {
        assertThat(screener.screen(text).has(Flag.PHONE)).isFalse();
    }

    @Test
    void aPhoneWordBeforeTheNumberWinsOverAMeasurementWord() {
        assertThat(excerpts("Glucose group, call 415 555 0123", Flag.PHONE)).containsExactly("415 555 0123");
    }

    @Test
    void findsLinksAndLeavesTrailingPunctuationOut() {
        ScreeningResult result = screener.screen("See https://example.com/a?b=1. Or www.diet.org, or (bit.ly/x3).");

        assertThat(result.findings(Flag.URL))
                .extracting(Finding::excerpt)
                .containsExactly("https://example.com/a?b=1", "www.diet.org", "bit.ly/x3");
        assertThat(result.maskedText()).isEqualTo("See [link removed]. Or [link removed], or ([link removed]).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"e.g. oats", "I use Node.js at work", "3.5 servings", "my photo.jpg", "jane@gmail.com"})
    void ordinaryDotsAndEmailsAreNotLinks(String text) {
        assertThat(screener.screen(text).has(Flag.URL)).isFalse();
    }

    @Test
    void findsStreetAddressesPostcodesAndZipCodes() {
        String text = "I live at 221B Baker Street, London NW1 6XE, then 12 Oak Ave, Apt 4B, Austin, TX 78701.";

        assertThat(excerpts(text, Flag.STREET_ADDRESS))
                .containsExactly("221B Baker Street", "NW1 6XE", "12 Oak Ave, Apt 4B", "TX 78701");
        assertThat(screener.screen("Meet at 9 Elm Rd. Thanks").maskedText())
                .isEqualTo("Meet at [address removed]. Thanks");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I lost 25 pounds along the way.",
                "In 2019 Dr Lane changed my plan.",
                "After 2 Dr visits I felt better.",
                "I take vitamin B12 and my A1C is 5.6."
            })
    void numbersBeforeOrdinaryWordsAreNotAddresses(String text) {
        assertThat(screener.screen(text).has(Flag.STREET_ADDRESS)).isFalse();
    }
}
