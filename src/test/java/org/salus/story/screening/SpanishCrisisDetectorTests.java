package org.salus.story.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spanish crisis language is urgent, through the whole screener; Spanish figures of speech are not. */
class SpanishCrisisDetectorTests {

    private final StoryScreener screener = new StoryScreener();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A veces quiero morirme.",
                "Me quiero morir.",
                "Tengo ganas de morir.",
                "He pensado en el suicidio.",
                "Pensé en suicidarme.",
                "Pensé en quitarme la vida.",
                "Quiero acabar con todo.",
                "No quiero vivir más.",
                "No quiero seguir viviendo así.",
                "No tengo ninguna razón para vivir.",
                "Quiero hacerme daño.",
                "Empecé a cortarme otra vez.",
                "Mi familia estaría mejor sin mí.",
                "Estaría mejor muerta.",
                "NO QUIERO VIVIR MAS",
                "pense en matarme"
            })
    void crisisLanguageInSpanishIsFlaggedAndUrgent(String text) {
        ScreeningResult result = screener.screen(text);

        assertThat(result.has(Flag.CRISIS)).isTrue();
        assertThat(result.urgent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Me muero de risa con mi nieto.",
                "No quiero morir joven como mi abuelo.",
                "No me quiero morir sin conocer a mis nietos.",
                "Tuve que cortarme el pelo por el calor.",
                "Me hice daño en la rodilla caminando.",
                "Acabar con el azúcar fue difícil.",
                "El médico me quitó la insulina."
            })
    void figuresOfSpeechInSpanishAreNotCrisis(String text) {
        ScreeningResult result = screener.screen(text);

        assertThat(result.has(Flag.CRISIS)).isFalse();
        assertThat(result.urgent()).isFalse();
    }

    @Test
    void theFindingPointsAtTheSpanishPhrase() {
        assertThat(screener.screen("Algunos días quiero morirme, la verdad.").findings(Flag.CRISIS))
                .singleElement()
                .extracting(Finding::excerpt)
                .isEqualTo("quiero morirme");
    }
}
