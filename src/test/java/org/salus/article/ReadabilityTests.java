package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
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
    void everySampleArticleReadsAtGradeEightOrLower() {
        List<ContentFile> files = new ContentFolder().readClasspath("classpath*:content/**/*.md");
        SectionRenderer renderer = new SectionRenderer();

        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (ContentFile file : files) {
            String html = String.join("\n", renderer.render(file.draft().sections()).stream().map(Section::html).toList());
            assertThat(Readability.gradeOfHtml(html)).as(file.name()).isLessThanOrEqualTo(8.0);
        }
    }
}
