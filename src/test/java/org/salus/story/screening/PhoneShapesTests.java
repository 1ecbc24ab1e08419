package org.salus.story.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers shaped like phone numbers are caught even when libphonenumber finds them invalid for
 * every region ("555-201-3344" reached readers that way); doses, dates, lab values, times and
 * years are not.
 */
class PhoneShapesTests {

    private final StoryScreener screener = new StoryScreener();

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Call me on 555-201-3344 if you want to talk.             | 555-201-3344
            my number is 555.201.3344                                 | 555.201.3344
            reach me at 555 201 3344 evenings                         | 555 201 3344
            (555) 201-3344 is my cell                                 | (555) 201-3344
            try (555)201-3344                                         | (555)201-3344
            ask for me at 1-555-201-3344                              | 1-555-201-3344
            or +1 555 201 3344 from abroad                            | +1 555 201 3344
            or +1-555-201-3344                                        | +1-555-201-3344
            call 123-456-7890 anytime                                 | 123-456-7890
            text 000 000 0000                                         | 000 000 0000
            my husband's office 020 0000 0000                         | 020 0000 0000
            ring 01632 960 001                                        | 01632 960 001
            mobile 07000 000000                                       | 07000 000000
            appelez le 06 00 00 00 00                                 | 06 00 00 00 00
            WhatsApp +33 6 00 00 00 00                                | +33 6 00 00 00 00
            +49 (0) 30 0000 0000 is the clinic                        | +49 (0) 30 0000 0000
            Dial 555-2013 and ask for me                              | 555-2013
            my sister (Ana, 555.201.3344) can help                    | 555.201.3344
            """)
    void phoneShapesAreCaughtAndMasked(String text, String phone) {
        ScreeningResult result = screener.screen(text);

        assertThat(result.findings(Flag.PHONE)).extracting(Finding::excerpt).containsExactly(phone);
        assertThat(result.maskedText()).doesNotContain(phone).contains("[phone removed]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I take 500 mg of metformin twice a day.",
                "Take 1-2 tablets with food.",
                "My next appointment is 2026-09-30.",
                "I was diagnosed on 30/09/2026.",
                "It started on 30.09.2026 and ended 10.10.2026.",
                "My A1C 6.5 dropped to 5.9.",
                "Blood pressure was 120/80 at the clinic.",
                "My fasting glucose 5.6-6.9 every morning.",
                "I eat at 12:30 and walk at 18:45.",
                "Breakfast 7.30-8.15 every day.",
                "I was on it from 1998-2004.",
                "Years 1998 2004 2010 were the worst.",
                "I took 500 850 1000 mg over a year.",
                "I eat 1200-1500 calories a day.",
                "I walk 10,000 steps, some days 12 000.",
                "It cost $1,250.00 a month.",
                "My weight went from 210.5 to 180.2 lb.",
                "Triglycerides 150-199 then cholesterol 200-239.",
                "I had 3-4 hypos a week, 2 or 3 a day.",
                "Between 2018 and 2020 my A1C went 7.8 7.1 6.4."
            })
    void dosesDatesLabValuesTimesAndYearsAreNotPhoneNumbers(String text) {
        assertThat(screener.screen(text).findings(Flag.PHONE)).isEmpty();
    }
}
