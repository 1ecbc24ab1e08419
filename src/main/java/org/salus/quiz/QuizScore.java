package org.salus.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salus.article.Option;
import org.salus.article.Question;

/**
 * Scores a submitted quiz form. Question {@code n} is answered by the field {@code qn}, whose values
 * are option keys ({@code a}, {@code b}, ...). Pure and forgiving: unknown fields and option keys are
 * ignored, and a one-answer question sent several different answers counts as unanswered, so a
 * tampered form gets a results page rather than an error.
 */
public final class QuizScore {

    /** How the reader did on one question. */
    public enum Outcome {
        RIGHT,
        WRONG,
        UNANSWERED
    }

    /** One question with the option keys the reader chose (in option order) and the outcome. */
    public record Answer(Question question, List<String> chosen, Outcome outcome) {

        public boolean chose(Option option) {
            return chosen.contains(option.key());
        }
    }

    /** The whole result: "You got {@code right} of {@code total}". */
    public record Result(List<Answer> answers) {

        public int right() {
            return (int)
                    answers.stream().filter(a -> a.outcome() == Outcome.RIGHT).count();
        }

        public int total() {
            return answers.size();
        }
    }

    private QuizScore() {}

    /**
     * @param form the submitted parameters, as {@code ServletRequest.getParameterMap()} gives them
     */
    static Result score(List<Question> questions, Map<String, String[]> form) {
        List<Answer> answers = new ArrayList<>(questions.size());
        for (Question question : questions) {
            answers.add(answer(question, form.get("q" + question.number())));
        }
        return new Result(answers);
    }

    private static Answer answer(Question question, String[] values) {
        Set<String> sent = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                sent.add(value);
            }
        }
        List<String> chosen = question.options().stream()
                .map(Option::key)
                .filter(sent::contains)
                .toList();
        if (chosen.isEmpty() || (question.kind().oneAnswer() && chosen.size() > 1)) {
            return new Answer(question, List.of(), Outcome.UNANSWERED);
        }
        boolean right = chosen.equals(question.correctKeys());
        return new Answer(question, chosen, right ? Outcome.RIGHT : Outcome.WRONG);
    }
}
