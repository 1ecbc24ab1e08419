package org.salus.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Hand-scored sample texts: each expected outcome was worked out on paper from the rules in
 * docs/quality-checks.md before the test was run. The outcome lists the score, every failed item
 * with its reason, the items that did not apply and the English-only items handed to a person;
 * every other automated item passed.
 */
class QualityCheckerTests {

    private static final List<KnownTerms.Term> TERMS = List.of(
            new KnownTerms.Term("hypertension", List.of("hypertension", "high blood pressure")),
            new KnownTerms.Term("insulin", List.of("insulin")));

    @Test
    void aClearArticlePassesEveryAutomatedItem() {
        assertThat(outcome(
                        "High blood pressure",
                        "High blood pressure raises your risk of a stroke. You can lower it.",
                        section(
                                "Overview",
                                "<p><span class=\"term\"><a href=\"/dictionary/hypertension\">High blood pressure</a>"
                                        + "<span class=\"term-tip\" role=\"tooltip\">Blood pressure that stays high.</span></span>"
                                        + " often has no symptoms. Checking it is the only way to know.</p>"),
                        section(
                                "What you can do",
                                "<p>These steps help you keep your blood pressure down because they ease the strain on your heart.</p>"
                                        + "<ul><li>Eat less salt.</li><li>Walk for 30 minutes on most days.</li>"
                                        + "<li>Take your tablets every day.</li></ul>")))
                .isEqualTo("""
                        score 100
                        not applicable SIMPLE_TABLES""");
    }

    @Test
    void passiveTextWithoutActionsFailsTheActionItems() {
        assertThat(
                        outcome(
                                "Flu vaccine",
                                "The flu vaccine protects you.",
                                section(
                                        "How the vaccine is given",
                                        "<p>The flu vaccine is given every autumn. It is offered to older people. "
                                                + "The vaccine was tested in large studies. It is made from inactivated virus.</p>")))
                .isEqualTo("""
                        score 46
                        failed MAIN_MESSAGE_FIRST quality.reason.longOpening [26, 4]
                        failed ACTIVE_VOICE quality.reason.inSections [How the vaccine is given]
                        failed VISUAL_CUES quality.reason.noVisualCues []
                        failed LISTS quality.reason.noLists []
                        failed ACTION quality.reason.noAction []
                        failed ADDRESSES_READER quality.reason.notDirect []
                        failed WHAT_IT_MEANS quality.reason.noMeaning []
                        not applicable TERMS_DEFINED, NUMBERS_CLEAR, SIMPLE_TABLES""");
    }

    @Test
    void aPercentageFailsNumbersWithTheNaturalFrequencyToUse() {
        assertThat(outcome(
                        "Statins",
                        "",
                        section(
                                "Benefits",
                                "<p>Statins lower cholesterol. They cut the risk of a heart attack by 25%. "
                                        + "Your cholesterol may fall from 6.50 to 4.0 mmol/L.</p>")))
                .isEqualTo("""
                        score 57
                        failed NUMBERS_CLEAR quality.reason.inSections [Benefits]
                        failed SUMMARY quality.reason.noSummary []
                        failed VISUAL_CUES quality.reason.noVisualCues []
                        failed LISTS quality.reason.noLists []
                        failed ACTION quality.reason.noAction []
                        failed WHAT_IT_MEANS quality.reason.noMeaning []
                        not applicable TERMS_DEFINED, SIMPLE_TABLES""");
        assertThat(sectionFailures("Statins", "Benefits", "<p>Only 25% do.</p>"))
                .isEqualTo("NUMBERS_CLEAR failed quality.reason.percent [25%, 25 in 100]");
    }

    @Test
    void aNeedlessDecimalFailsNumbers() {
        assertThat(outcome(
                        "Fever in children",
                        "What to do when your child has a fever.",
                        section(
                                "When to call a doctor",
                                "<p>A fever is a temperature of 38.0 °C or more. "
                                        + "Call your doctor if your baby is under 3 months old and has a fever.</p>")))
                .isEqualTo("""
                        score 71
                        failed NUMBERS_CLEAR quality.reason.inSections [When to call a doctor]
                        failed VISUAL_CUES quality.reason.noVisualCues []
                        failed LISTS quality.reason.noLists []
                        failed WHAT_IT_MEANS quality.reason.noMeaning []
                        not applicable TERMS_DEFINED, SIMPLE_TABLES""");
        assertThat(sectionFailures("Fever", "When", "<p>Give 2.5 ml. It reads 38.0 or 37.25.</p>"))
                .isEqualTo("NUMBERS_CLEAR failed quality.reason.decimal [38.0]");
    }

    @Test
    void stepsInRunningTextAndACalculationFail() {
        String steps = "First, shake the inhaler. Then breathe out gently. Next, press the canister and breathe in "
                + "slowly. Finally, hold your breath for 10 seconds.";
        assertThat(outcome(
                        "Using an inhaler",
                        "How to use your inhaler the right way.",
                        section("Steps", "<p>" + steps + "</p>"),
                        section(
                                "Dose",
                                "<p>To work out how many days your inhaler lasts, divide 200 puffs by the puffs you "
                                        + "take each day.</p>")))
                .isEqualTo("""
                        score 57
                        failed MAIN_MESSAGE_FIRST quality.reason.longOpening [23, 4]
                        failed NO_CALCULATIONS quality.reason.inSections [Dose]
                        failed VISUAL_CUES quality.reason.noVisualCues []
                        failed LISTS quality.reason.noLists []
                        failed STEPS_IN_LISTS quality.reason.inSections [Steps]
                        failed WHAT_IT_MEANS quality.reason.noMeaning []
                        not applicable TERMS_DEFINED, SIMPLE_TABLES""");
        assertThat(sectionFailures("Inhaler", "Steps", "<p>" + steps + "</p>"))
                .isEqualTo("STEPS_IN_LISTS failed quality.reason.stepsInText"
                        + " [First, shake the inhaler. Then breathe out gently. Next,…]");
    }

    @Test
    void aDictionaryTermNeitherLinkedNorExplainedFails() {
        assertThat(outcome(
                        "Type 2 diabetes",
                        "Type 2 diabetes means your blood sugar is too high.",
                        section(
                                "Overview",
                                "<p>Type 2 diabetes means your blood sugar is too high. Your body does not use insulin well.</p>"),
                        section(
                                "Treatment",
                                "<p><span class=\"term\"><a href=\"/dictionary/insulin\">Insulin</a><span class=\"term-tip\""
                                        + " role=\"tooltip\">A hormone.</span></span> helps sugar move into your cells.</p>"
                                        + "<ul><li>Take your medicine as your doctor tells you.</li>"
                                        + "<li>Check your blood sugar at home.</li></ul>")))
                .isEqualTo("""
                        score 86
                        failed TERMS_DEFINED quality.reason.inSections [Overview]
                        failed WHAT_IT_MEANS quality.reason.noMeaning []
                        not applicable SIMPLE_TABLES""");
        assertThat(sectionFailures("Diabetes", "Overview", "<p>Your body does not use insulin well.</p>"))
                .isEqualTo("TERMS_DEFINED failed quality.reason.termUndefined [insulin]");
    }

    @Test
    void aTermExplainedInItsSentenceCountsAsDefined() {
        assertThat(outcome(
                        "Insulin",
                        "What insulin does.",
                        section(
                                "What insulin does",
                                "<p>Insulin is a hormone that moves sugar from your blood into your cells.</p>")))
                .isEqualTo("""
                        score 71
                        failed VISUAL_CUES quality.reason.noVisualCues []
                        failed LISTS quality.reason.noLists []
                        failed ACTION quality.reason.noAction []
                        failed WHAT_IT_MEANS quality.reason.noMeaning []
                        not applicable NUMBERS_CLEAR, SIMPLE_TABLES""");
    }

    @Test
    void vagueHeadingsALongSectionAThirdPersonInstructionAndAWideHeadedTableFail() {
        String longText = "Asthma can flare up at night. ".repeat(60).strip();
        assertThat(outcome(
                        "Asthma",
                        "",
                        section(
                                "Information",
                                "<p>Asthma is a long-term condition of the airways. "
                                        + "Patients should carry a reliever inhaler.</p>"),
                        section("More", "<p>" + longText + "</p>"),
                        section(
                                "Triggers",
                                "<table><thead><tr><th>Trigger</th><th>What it does to the airways of someone with "
                                        + "asthma</th></tr></thead><tbody><tr><td>Smoke</td><td>Tightens airways</td>"
                                        + "</tr></tbody></table>")))
                .isEqualTo("""
                        score 42
                        failed SHORT_SECTIONS quality.reason.inSections [More]
                        failed INFORMATIVE_HEADINGS quality.reason.inSections [Information; More]
                        failed SUMMARY quality.reason.noSummary []
                        failed LISTS quality.reason.noLists []
                        failed SIMPLE_TABLES quality.reason.inSections [Triggers]
                        failed ACTION quality.reason.noAction []
                        failed ADDRESSES_READER quality.reason.thirdPerson [Patients should carry a reliever inhaler.]
                        failed WHAT_IT_MEANS quality.reason.noMeaning []
                        not applicable TERMS_DEFINED, NUMBERS_CLEAR""");
    }

    @Test
    void spanishTextHandsTheEnglishOnlyItemsToAPerson() {
        QualityReport report = QualityChecker.check(
                new QualityText(
                        "es",
                        "Presión arterial alta",
                        "La presión arterial alta aumenta el riesgo de ictus.",
                        List.of(
                                section(
                                        "Qué es",
                                        "<p>La presión arterial alta no suele dar síntomas.</p>"
                                                + "<ul><li>Mida su presión en casa.</li></ul>"),
                                section("Cifras", "<p>Afecta al 30 por ciento de los adultos.</p>"))),
                List.of());
        assertThat(outcome(report)).isEqualTo("""
                        score 87
                        failed NUMBERS_CLEAR quality.reason.inSections [Cifras]
                        not applicable TERMS_DEFINED, SIMPLE_TABLES
                        english-only ACTIVE_VOICE, NO_CALCULATIONS, ACTION, ADDRESSES_READER, STEPS_IN_LISTS, WHAT_IT_MEANS""");
        assertThat(report.sections().get(1).results().toString())
                .contains("NUMBERS_CLEAR failed quality.reason.percent [30 por ciento, 30 de cada 100]");
    }

    @Test
    void anOpeningThatNeverNamesTheTopicFailsPurposeAndAKeyPointsSectionIsASummary() {
        assertThat(outcome(
                        "Shingles",
                        "A rash.",
                        section(
                                "Background",
                                "<p>Many things can cause a painful rash on one side of the body. "
                                        + "Doctors have studied this for a long time.</p>"),
                        section(
                                "Key points",
                                "<ul><li>See a doctor within 3 days if you get a rash with blisters, because early "
                                        + "treatment can help you.</li></ul>")))
                .isEqualTo("""
                        score 92
                        failed PURPOSE quality.reason.purpose [Shingles]
                        not applicable TERMS_DEFINED, SIMPLE_TABLES""");
    }

    @Test
    void anArticleWithoutTextScoresZero() {
        assertThat(outcome("Empty", "")).isEqualTo("""
                        score 0
                        failed PURPOSE quality.reason.noText []
                        failed MAIN_MESSAGE_FIRST quality.reason.noText []
                        failed SUMMARY quality.reason.noSummary []
                        failed VISUAL_CUES quality.reason.noVisualCues []
                        failed LISTS quality.reason.noLists []
                        failed ACTION quality.reason.noAction []
                        failed ADDRESSES_READER quality.reason.notDirect []
                        failed WHAT_IT_MEANS quality.reason.noMeaning []
                        not applicable TERMS_DEFINED, ACTIVE_VOICE, NUMBERS_CLEAR, NO_CALCULATIONS, SHORT_SECTIONS, \
                        INFORMATIVE_HEADINGS, SIMPLE_TABLES, STEPS_IN_LISTS""");
    }

    @Test
    void itemsOnlyAPersonCanJudgeAreAlwaysListed() {
        QualityReport report = QualityChecker.check(new QualityText("en", "Empty", "", List.of()), TERMS);
        assertThat(report.forPeople().stream().map(CheckResult::item))
                .containsExactlyElementsOf(QualityItem.forPeople())
                .hasSize(9);
    }

    @Test
    void naturalFrequencies() {
        assertThat(QualityChecker.naturalFrequency("25", true)).isEqualTo("25 in 100");
        assertThat(QualityChecker.naturalFrequency("0.5", true)).isEqualTo("5 in 1,000");
        assertThat(QualityChecker.naturalFrequency("12,5", false)).isEqualTo("13 de cada 100");
    }

    private static QualityText.Part section(String heading, String html) {
        return new QualityText.Part(heading, html);
    }

    private static String outcome(String title, String summary, QualityText.Part... sections) {
        return outcome(QualityChecker.check(new QualityText("en", title, summary, List.of(sections)), TERMS));
    }

    /** The failed results of a one-section text's only section. */
    private static String sectionFailures(String title, String heading, String html) {
        return QualityChecker.check(new QualityText("en", title, "", List.of(section(heading, html))), TERMS)
                .sections()
                .get(0)
                .results()
                .stream()
                .filter(r -> r.status() == CheckStatus.FAILED)
                .map(CheckResult::toString)
                .collect(Collectors.joining("\n"));
    }

    static String outcome(QualityReport report) {
        StringBuilder out = new StringBuilder("score " + report.score());
        report.whole().stream()
                .filter(r -> r.status() == CheckStatus.FAILED)
                .forEach(r -> out.append("\nfailed ")
                        .append(r.item())
                        .append(' ')
                        .append(r.reasonKey())
                        .append(' ')
                        .append(r.reasonArgs()));
        String notApplicable = items(report, CheckStatus.NOT_APPLICABLE, false);
        if (!notApplicable.isEmpty()) {
            out.append("\nnot applicable ").append(notApplicable);
        }
        String englishOnly = items(report, CheckStatus.HUMAN, true);
        if (!englishOnly.isEmpty()) {
            out.append("\nenglish-only ").append(englishOnly);
        }
        return out.toString();
    }

    private static String items(QualityReport report, CheckStatus status, boolean englishOnly) {
        return report.whole().stream()
                .filter(r -> r.status() == status)
                .filter(r -> !englishOnly || "quality.reason.englishOnly".equals(r.reasonKey()))
                .map(r -> r.item().name())
                .collect(Collectors.joining(", "));
    }
}
