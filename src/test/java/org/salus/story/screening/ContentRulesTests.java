package org.salus.story.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Crisis, profanity, shouting, spam and not-an-experience rules. */
class ContentRulesTests {

    private final StoryScreener screener = new StoryScreener();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Some days I want to kill myself.",
                "I thought about ending my life.",
                "I just WANT TO DIE.",
                "I have had suicidal thoughts.",
                "I started self-harming again.",
                "I have been cutting myself.",
                "There is no reason to live.",
                "I would be better off dead.",
                "Everyone is better off without me.",
                "I don't want to live anymore.",
                "Suicide crossed my mind."
            })
    void crisisLanguageIsFlaggedAndUrgent(String text) {
        ScreeningResult result = screener.screen(text);

        assertThat(result.has(Flag.CRISIS)).isTrue();
        assertThat(result.urgent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My diet was killing my energy.",
                "I died laughing at my own cooking.",
                "I'm cutting myself some slack on weekends.",
                "I don't want to die young like my grandad did.",
                "I cut my sugar intake and it felt like the end of an era.",
                "Dying to try the new recipe!",
                "I hurt my knee walking."
            })
    void figuresOfSpeechAreNotCrisis(String text) {
        ScreeningResult result = screener.screen(text);

        assertThat(result.has(Flag.CRISIS)).isFalse();
        assertThat(result.urgent()).isFalse();
    }

    @Test
    void crisisFindingPointsAtThePhrase() {
        assertThat(screener.screen("Honestly I want to die some days.").findings(Flag.CRISIS))
                .singleElement()
                .extracting(Finding::excerpt)
                .isEqualTo("want to die");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What the fuck was I eating?",
                "That diet was bullshit.",
                "Total sh*t advice.",
                "The clinic was a pain in the ass.",
                "F*CK sugar."
            })
    void swearWordsAreProfanity(String text) {
        assertThat(screener.screen(text).has(Flag.PROFANITY)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I moved to Scunthorpe.",
                "My nurse will assess my feet.",
                "I joined a cooking class.",
                "Cooking is my passion.",
                "The finger prick test was easy.",
                "Damn, that was hard.",
                "Grass-fed butter and shiitake mushrooms."
            })
    void wordsThatMerelyContainSwearWordsAreNotProfanity(String text) {
        assertThat(screener.screen(text).has(Flag.PROFANITY)).isFalse();
    }

    @Test
    void textMostlyInCapitalsIsShouting() {
        String text = "THIS DIET IS A SCAM AND NOBODY SHOULD TRY IT";
        assertThat(screener.screen(text).findings(Flag.SHOUTING))
                .singleElement()
                .satisfies(
                        finding -> assertThat(finding.end() - finding.start()).isEqualTo(text.length()));
    }

    @Test
    void aLongPassageInCapitalsInsideNormalTextIsShouting() {
        String text = "My endocrinologist was great, but the front desk was not. I WAS SO ANGRY THAT NOBODY WOULD"
                + " LISTEN TO ME. Anyway, cutting out juice helped a lot and my readings are better now.";

        assertThat(screener.screen(text).findings(Flag.SHOUTING))
                .singleElement()
                .extracting(Finding::excerpt)
                .isEqualTo("I WAS SO ANGRY THAT NOBODY WOULD LISTEN TO ME");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My A1C, HDL and LDL improved once I managed my PCOS and IR with a GP and an RD.",
                "OK.",
                "I LOVE OATS",
                "NHS dietitian Amy helped with my T2D and BMI a lot."
            })
    void abbreviationsAndShortCapitalsAreNotShouting(String text) {
        assertThat(screener.screen(text).has(Flag.SHOUTING)).isFalse();
    }

    @Test
    void promoCodesAndHardSellAreSpam() {
        ScreeningResult result = screener.screen("Buy now with promo code SAVE20 at www.pills.com! Free trial.");

        assertThat(result.findings(Flag.SPAM))
                .extracting(Finding::excerpt)
                .containsExactly("Buy now", "promo code", "Free trial");
        assertThat(result.maskedText()).isEqualTo("Buy now with promo code SAVE20 at [link removed]! Free trial.");
    }

    @Test
    void aLinkWithASellingWordIsSpam() {
        assertThat(screener.screen("Great results with pills.com, order today for a discount.")
                        .has(Flag.SPAM))
                .isTrue();
    }

    @Test
    void manyLinksAreSpam() {
        assertThat(screener.screen("Read a.com and b.org and c.net for more.").findings(Flag.SPAM))
                .singleElement()
                .extracting(Finding::explanation)
                .isEqualTo("3 links");
    }

    @Test
    void theSameSentenceRepeatedIsSpam() {
        String sentence = "This diet changed my life completely. ";
        assertThat(screener.screen(sentence.repeat(3)).findings(Flag.SPAM))
                .hasSize(2)
                .allSatisfy(finding -> assertThat(finding.excerpt()).isEqualTo(sentence.strip()));
        assertThat(screener.screen("buy buy buy buy buy").has(Flag.SPAM)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I used a promo code for my gym membership and walk there daily.",
                "I buy frozen vegetables and order groceries online.",
                "My favourite recipe is at dietdoctor.com.",
                "I felt better. I felt better every week after that."
            })
    void ordinaryMentionsOfShoppingOrOneLinkAreNotSpam(String text) {
        assertThat(screener.screen(text).has(Flag.SPAM)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What changes to your diet have helped manage your insulin resistance?",
                "Does metformin cause hair loss?",
                "Can I eat bananas? Is rice OK?"
            })
    void aTextThatIsOnlyAQuestionIsNotAnExperience(String text) {
        assertThat(screener.screen(text).findings(Flag.NOT_AN_EXPERIENCE))
                .singleElement()
                .extracting(Finding::explanation)
                .asString()
                .startsWith("Only a question");
    }

    @Test
    void aComplaintAboutAProviderWithNoHealthExperienceIsNotAnExperience() {
        assertThat(screener.screen("St Mary's hospital is the worst. The staff were rude and useless. Avoid!")
                        .findings(Flag.NOT_AN_EXPERIENCE))
                .singleElement()
                .extracting(Finding::explanation)
                .asString()
                .startsWith("Mainly a complaint");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I was diagnosed last year and cut out soda. Has anyone else tried this?",
                "The clinic staff were rude about my weight, but cutting sugar helped my A1C.",
                "My hospital was great and I learned to cook with lentils."
            })
    void storiesWithAQuestionOrAComplaintButRealExperienceAreExperiences(String text) {
        assertThat(screener.screen(text).has(Flag.NOT_AN_EXPERIENCE)).isFalse();
    }
}
