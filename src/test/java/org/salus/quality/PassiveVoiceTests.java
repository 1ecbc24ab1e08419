package org.salus.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassiveVoiceTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The test is done in the clinic.|true",
                "Blood is taken from your arm.|true",
                "The results were not sent.|true",
                "It was quickly removed.|true",
                "The vaccine has been tested in large studies.|true",
                "You are tired.|false",
                "This is called anaemia.|false",
                "It is also known as high blood pressure.|false",
                "Your doctor will check your blood pressure.|false",
                "Take the tablets with food.|false",
                "The bed is red.|false"
            })
    void findsBeVerbAndPastParticiple(String sentence, boolean passive) {
        assertThat(PassiveVoice.isPassive(sentence)).isEqualTo(passive);
    }
}
