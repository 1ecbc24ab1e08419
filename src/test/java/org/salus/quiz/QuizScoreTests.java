package org.salus.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salus.article.Option;
import org.salus.article.Question;
import org.salus.article.QuestionKind;
import org.salus.quiz.QuizScore.Outcome;

class QuizScoreTests {

    private static final Question SINGLE = question(1, QuestionKind.SINGLE, true, false, false);
    private static final Question MULTIPLE = question(2, QuestionKind.MULTIPLE, true, false, true);
    private static final Question TRUE_FALSE = question(3, QuestionKind.TRUE_FALSE, false, true);
    private static final List<Question> QUIZ = List.of(SINGLE, MULTIPLE, TRUE_FALSE);

    @Test
    void countsTheRightAnswers() {
        QuizScore.Result result = QuizScore.score(QUIZ, form("q1", "a", "q2", "a", "q2", "c", "q3", "b"));

        assertThat(result.right()).isEqualTo(3);
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.answers()).extracting(QuizScore.Answer::outcome).containsOnly(Outcome.RIGHT);
    }

    @Test
    void aWrongSingleAnswerIsWrongAndShown() {
        QuizScore.Answer answer =
                QuizScore.score(QUIZ, form("q1", "b")).answers().get(0);

        assertThat(answer.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(answer.chosen()).containsExactly("b");
    }

    @Test
    void aMultipleChoiceAnswerIsRightOnlyWithExactlyTheCorrectSet() {
        QuizScore.Answer partial =
                QuizScore.score(QUIZ, form("q2", "a")).answers().get(1);
        QuizScore.Answer tooMany = QuizScore.score(QUIZ, form("q2", "a", "q2", "b", "q2", "c"))
                .answers()
                .get(1);

        assertThat(partial.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(partial.chosen()).containsExactly("a");
        assertThat(tooMany.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(tooMany.chosen()).containsExactly("a", "b", "c");
    }

    @Test
    void missingQuestionsAreUnansweredNotErrors() {
        QuizScore.Result result = QuizScore.score(QUIZ, Map.of());

        assertThat(result.right()).isZero();
        assertThat(result.answers()).extracting(QuizScore.Answer::outcome).containsOnly(Outcome.UNANSWERED);
    }

    @Test
    void tamperedFieldsAreIgnored() {
        QuizScore.Result result = QuizScore.score(
                QUIZ, form("q1", "z", "q1", "<script>", "q9", "a", "q2", "a", "q2", "a", "q2", "c", "x", "y"));

        assertThat(result.answers().get(0).outcome()).isEqualTo(Outcome.UNANSWERED); // no known option
        assertThat(result.answers().get(1).outcome()).isEqualTo(Outcome.RIGHT); // a repeated "a" counts once
        assertThat(result.total()).isEqualTo(3); // q9 is no question
    }

    @Test
    void twoDifferentAnswersToAOneAnswerQuestionCountAsUnanswered() {
        QuizScore.Answer answer =
                QuizScore.score(QUIZ, form("q1", "a", "q1", "b")).answers().get(0);

        assertThat(answer.outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(answer.chosen()).isEmpty();
    }

    private static Question question(int number, QuestionKind kind, boolean... correct) {
        List<Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            options.add(new Option(String.valueOf((char) ('a' + i)), "Option " + i, correct[i]));
        }
        return new Question(number, kind, "Question " + number, options, "", "", "slug", "anchor", "Read");
    }

    private static Map<String, String[]> form(String... pairs) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        Map<String, String[]> form = new HashMap<>();
        values.forEach((k, v) -> form.put(k, v.toArray(String[]::new)));
        return form;
    }
}
