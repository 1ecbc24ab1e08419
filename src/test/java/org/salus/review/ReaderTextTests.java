package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.Option;
import org.salus.article.Question;
import org.salus.article.QuestionKind;

class ReaderTextTests {

    private static final Question QUESTION = new Question(
            1,
            QuestionKind.SINGLE,
            "Is <b>LDL</b> the \"bad\" one?",
            List.of(new Option("a", "Yes", true), new Option("b", "No & never", false)),
            "LDL builds up.\n",
            "<p>LDL builds up.</p>\n",
            "high-cholesterol",
            "causes",
            "Causes");

    @Test
    void aQuestionReadsAsItsEscapedPromptItsOptionsAndItsStoredExplanation() {
        assertThat(ReaderText.html(QUESTION))
                .isEqualTo("<h3>Is &lt;b&gt;LDL&lt;/b&gt; the &quot;bad&quot; one?</h3>"
                        + "<ul><li>Yes</li><li>No &amp; never</li></ul><p>LDL builds up.</p>\n");
    }

    @Test
    void theQuestionsAreCountedAfterTheSections() {
        Readability.Score sectionsOnly = EditorPages.wholeScore(List.of(), List.of());
        Readability.Score withQuestion = EditorPages.wholeScore(List.of(), List.of(QUESTION));

        assertThat(sectionsOnly.words()).isZero();
        assertThat(withQuestion.words())
                .isEqualTo(Readability.score(QUESTION.prompt()).words()
                        + Readability.score("Yes").words()
                        + Readability.score("No & never").words()
                        + Readability.score("LDL builds up.").words());
        assertThat(EditorPages.SectionScore.of(List.of(), List.of(QUESTION)))
                .singleElement()
                .satisfies(row -> assertThat(row.heading()).isEqualTo(QUESTION.prompt()));
    }
}
