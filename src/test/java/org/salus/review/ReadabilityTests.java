package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.Section;
import org.salus.article.SectionRenderer;
import org.salus.article.content.ContentFile;
import org.salus.article.content.ContentFolder;

class ReadabilityTests {

    @Test
    void countsSyllablesByVowelGroups() {
        assertThat(Readability.syllables("cat")).isEqualTo(1);
        assertThat(Readability.syllables("insulin")).isEqualTo(3);
        assertThat(Readability.syllables("cause")).isEqualTo(1);
        assertThat(Readability.syllables("table")).isEqualTo(2);
        assertThat(Readability.syllables("needed")).isEqualTo(2);
        assertThat(Readability.syllables("moved")).isEqualTo(1);
        assertThat(Readability.syllables("resistance")).isEqualTo(3);
    }

    @Test
    void gradeFollowsTheFleschKincaidFormula() {
        // 6 words, 1 sentence, 6 syllables: 0.39 * 6 + 11.8 * 1 - 15.59
        assertThat(Readability.grade("The cat sat on the mat.")).isCloseTo(-1.45, within(0.001));
    }

    @Test
    void longSentencesOfLongWordsScoreHigher() {
        double plain = Readability.grade("Your body needs insulin. It moves sugar into your cells.");
        double dense = Readability.grade("Hyperinsulinemia consequent to peripheral insulin resistance "
                + "precipitates compensatory pancreatic beta-cell hypersecretion and eventual decompensation.");

        assertThat(dense).isGreaterThan(plain + 10);
    }

    @Test
    void readabilityFiguresAgainstHandCheckedTexts() {
        // Counts are dictionary syllables; every word was chosen so the vowel-group estimate agrees.

        // 14 words, 2 sentences, 21 syllables, 2 polysyllables (regular, exercise)
        // FK   = 0.39 * 14/2 + 11.8 * 21/14 - 15.59 = 4.84
        // SMOG = 1.0430 * sqrt(2 * 30/2) + 3.1291   = 8.84
        Readability.Score exercise =
                Readability.score("Regular exercise can lower your blood pressure. Walking each day is a good start.");
        assertThat(exercise.words()).isEqualTo(14);
        assertThat(exercise.sentences()).isEqualTo(2);
        assertThat(exercise.fleschKincaidGrade()).isCloseTo(4.84, within(0.01));
        assertThat(exercise.smogIndex()).isCloseTo(8.84, within(0.01));

        // 21 words, 3 sentences, 33 syllables,
        // 4 polysyllables (recommend, medication, pharmacist, possible)
        // FK   = 0.39 * 21/3 + 11.8 * 33/21 - 15.59 = 5.68
        // SMOG = 1.0430 * sqrt(4 * 30/3) + 3.1291   = 9.73
        Readability.Score medicine = Readability.score("Your doctor may recommend a medication. "
                + "Take it at the same time each day. Tell your pharmacist about possible side effects.");
        assertThat(medicine.words()).isEqualTo(21);
        assertThat(medicine.sentences()).isEqualTo(3);
        assertThat(medicine.fleschKincaidGrade()).isCloseTo(5.68, within(0.01));
        assertThat(medicine.smogIndex()).isCloseTo(9.73, within(0.01));

        // 6 words, 1 sentence, 6 syllables, 0 polysyllables: SMOG is just its constant
        // FK   = 0.39 * 6/1 + 11.8 * 6/6 - 15.59 = -1.45
        // SMOG = 1.0430 * sqrt(0) + 3.1291        = 3.13
        Readability.Score cat = Readability.score("The cat sat on the mat.");
        assertThat(cat.fleschKincaidGrade()).isCloseTo(-1.45, within(0.01));
        assertThat(cat.smogIndex()).isCloseTo(3.13, within(0.01));
    }

    @Test
    void scoreOfHtmlReadsEachHeadingParagraphAndListItemOnItsOwn() {
        String html = """
                <h3>Signs of low blood sugar</h3>
                <p>Low blood sugar can make you feel unwell. Watch for these signs:</p>
                <ul><li>shaking</li><li>sweating</li><li>feeling irritable</li></ul>
                """;
        // h3: 5 words, 1 sentence (no full stop), 6 syllables
        // p:  12 words, 2 sentences (the colon ending counts as one), 14 syllables
        // li: 1 + 1 + 2 words, 1 sentence each, 2 + 2 + 6 syllables, 1 polysyllable (irritable)
        // total 21 words, 6 sentences, 30 syllables, 1 polysyllable
        // FK   = 0.39 * 21/6 + 11.8 * 30/21 - 15.59 = 2.63
        // SMOG = 1.0430 * sqrt(1 * 30/6) + 3.1291   = 5.46
        Readability.Score score = Readability.scoreOfHtml(html);

        assertThat(score.words()).isEqualTo(21);
        assertThat(score.sentences()).isEqualTo(6);
        assertThat(score.fleschKincaidGrade()).isCloseTo(2.63, within(0.01));
        assertThat(score.smogIndex()).isCloseTo(5.46, within(0.01));
        assertThat(Readability.gradeOfHtml(html)).isEqualTo(score.fleschKincaidGrade());
    }

    @Test
    void smogRunsHigherThanFleschKincaidOnATypicalParagraph() {
        Readability.Score score = Readability.score("""
                Trouble starts when your blood carries too much of the wrong kind. The extra
                cholesterol can collect inside your arteries. Arteries are the tubes that take
                blood from your heart out to your body. Over the years, this buildup, called
                plaque, makes the arteries narrower.""");

        assertThat(score.smogIndex()).isGreaterThan(score.fleschKincaidGrade());
    }

    @Test
    void textWithoutWordsScoresZero() {
        assertThat(Readability.score("")).isEqualTo(new Readability.Score(0, 0, 0, 0));
        assertThat(Readability.scoreOfHtml("<p> </p><ul><li></li></ul>")).isEqualTo(new Readability.Score(0, 0, 0, 0));
        assertThat(Readability.grade("")).isZero();
    }

    /**
     * English samples only: Flesch–Kincaid counts English syllables and sentence lengths, so its
     * figure for Spanish text says nothing about how hard it is to read (docs/languages.md).
     */
    @Test
    void everyEnglishSampleArticleReadsAtGradeEightOrLower() {
        List<ContentFile> files = new ContentFolder()
                .readClasspath("classpath*:content/**/*.md").stream()
                        .filter(file -> file.language().equals("en"))
                        .toList();
        SectionRenderer renderer = new SectionRenderer();

        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (ContentFile file : files) {
            String html = String.join(
                    "\n",
                    renderer.render(file.draft().sections()).stream()
                            .map(Section::html)
                            .toList());
            assertThat(Readability.gradeOfHtml(html)).as(file.name()).isLessThanOrEqualTo(8.0);
        }
    }

    @Test
    void dictionaryTooltipsAreNotCountedAsText() {
        String plain = "<p>Insulin comes from the pancreas.</p>";
        String linked = "<p>Insulin comes from the <span class=\"term\"><a href=\"/dictionary/pancreas\">pancreas</a>"
                + "<span class=\"term-tip\" role=\"tooltip\">The pancreas is a gland behind the stomach that makes "
                + "digestive juices and several hormones including insulin and glucagon.</span></span>.</p>";

        assertThat(Readability.scoreOfHtml(linked)).isEqualTo(Readability.scoreOfHtml(plain));
    }
}
