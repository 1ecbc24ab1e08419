package org.salus.article.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.salus.article.ContentType;
import org.salus.article.OptionDraft;
import org.salus.article.QuestionDraft;
import org.salus.article.QuestionKind;
import org.salus.article.QuizMarkdown;

/** The quiz part of the content-file format (docs/quizzes.md), read through {@link ContentFileParser}. */
class QuizQuestionParserTests {

    private static final String FRONT = """
            ---
            title: Test your cholesterol IQ
            language: en
            type: %s
            summary: Ten questions about cholesterol.
            sources:
              - organisation: CDC
                title: About cholesterol
                url: https://www.cdc.gov/cholesterol/
            related: [high-cholesterol]
            ---

            ## About this quiz {section=overview}

            Check what you know.

            """;

    private static final String SINGLE = """
            ## Which number is often called "bad" cholesterol? {question=single}

            - [x] LDL cholesterol
            - [ ] HDL cholesterol
            - [ ] Triglycerides

            LDL can build up in the walls of arteries.
            HDL helps carry it away.

            Read more: [How is it diagnosed?](high-cholesterol#diagnosis)
            """;

    private final ContentFileParser parser = new ContentFileParser();

    private ContentFile quiz(String questions) {
        return parser.parse("quiz.md", FRONT.formatted("quiz") + questions);
    }

    /** The line (1-based) of {@code text} in the quiz file built from {@code questions}. */
    private static int lineOf(String questions, String text) {
        String[] lines = (FRONT.formatted("quiz") + questions).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void readsEveryKindOfQuestion() {
        String more = SINGLE + """

                ## Which foods have fibre? {question=multiple}

                - [x] Oats
                - [X] Beans
                - [ ] Butter

                Fibre is in plants.

                Read more: [Eating well](high-cholesterol#prevention)

                ## Children can have high cholesterol. {question=true-false}

                - [x] True
                - [ ] False

                Yes, sometimes from their genes.

                Read more: [In children](high-cholesterol#causes)
                """;
        ContentFile file = quiz(more);

        assertThat(file.contentType()).isEqualTo(ContentType.QUIZ);
        assertThat(file.draft().sections()).hasSize(1);
        assertThat(file.draft().questions())
                .extracting(QuestionDraft::kind)
                .containsExactly(QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE);
        QuestionDraft first = file.draft().questions().get(0);
        assertThat(first.prompt()).isEqualTo("Which number is often called \"bad\" cholesterol?");
        assertThat(first.options())
                .containsExactly(
                        new OptionDraft("LDL cholesterol", true),
                        new OptionDraft("HDL cholesterol", false),
                        new OptionDraft("Triglycerides", false));
        assertThat(first.explanationMarkdown())
                .isEqualTo("LDL can build up in the walls of arteries.\nHDL helps carry it away.\n");
        assertThat(first.supportSlug()).isEqualTo("high-cholesterol");
        assertThat(first.supportAnchor()).isEqualTo("diagnosis");
        assertThat(first.supportText()).isEqualTo("How is it diagnosed?");
        assertThat(file.draft().questions().get(1).options())
                .extracting(OptionDraft::correct)
                .containsExactly(true, true, false);
    }

    @Test
    void acceptsSpanishTrueFalse() {
        ContentFile file = quiz("""
                ## Los niños pueden tener el colesterol alto. {question=true-false}

                - [ ] Verdadero
                - [x] Falso

                A veces.

                Read more: [Niños](high-cholesterol#causes)
                """);

        assertThat(file.draft().questions().get(0).options()).hasSize(2);
    }

    @Test
    void namesTheLineOfAnUnknownKind() {
        String q = SINGLE.replace("{question=single}", "{question=essay}");
        assertThatThrownBy(() -> quiz(q))
                .hasMessage("quiz.md:" + lineOf(q, "{question=essay}")
                        + ": unknown question kind 'essay' (known kinds: single, multiple, true-false)");
    }

    @Test
    void refusesTooFewAndTooManyOptions() {
        String one = SINGLE.replace("- [ ] HDL cholesterol\n", "").replace("- [ ] Triglycerides\n", "");
        assertThatThrownBy(() -> quiz(one))
                .hasMessageStartingWith("quiz.md:" + lineOf(one, "{question=single}") + ": ")
                .hasMessageContaining("has 1 options; a question has 2 to 6");
        String seven = SINGLE.replace("- [ ] Triglycerides\n", "- [ ] c\n- [ ] d\n- [ ] e\n- [ ] f\n- [ ] g\n");
        assertThatThrownBy(() -> quiz(seven)).hasMessageContaining("has 7 options; a question has 2 to 6");
    }

    @Test
    void refusesAQuestionWithoutACorrectOption() {
        String q = SINGLE.replace("- [x] LDL", "- [ ] LDL");
        assertThatThrownBy(() -> quiz(q))
                .hasMessageStartingWith("quiz.md:" + lineOf(q, "{question=single}") + ": ")
                .hasMessageContaining("has no correct option");
    }

    @Test
    void refusesTwoCorrectOptionsInASingleChoiceQuestion() {
        String q = SINGLE.replace("- [ ] HDL", "- [x] HDL");
        assertThatThrownBy(() -> quiz(q)).hasMessageContaining("is single but marks 2 options correct");
    }

    @Test
    void refusesTrueFalseWithOtherOptions() {
        String q = """
                ## Statins lower LDL. {question=true-false}

                - [x] Yes
                - [ ] No

                They do.

                Read more: [Treatment](high-cholesterol#treatment)
                """;
        assertThatThrownBy(() -> quiz(q))
                .hasMessageStartingWith("quiz.md:" + lineOf(q, "{question=true-false}") + ": ")
                .hasMessageContaining("exactly the options 'True' and 'False'");
    }

    @Test
    void refusesAMissingOrMalformedReadMoreLine() {
        String missing = SINGLE.replace("Read more: [How is it diagnosed?](high-cholesterol#diagnosis)\n", "");
        assertThatThrownBy(() -> quiz(missing))
                .hasMessageStartingWith("quiz.md:" + lineOf(missing, "HDL helps carry it away.") + ": ")
                .hasMessageContaining("must end with a 'Read more: [text](slug#anchor)' line");
        String malformed = SINGLE.replace("(high-cholesterol#diagnosis)", "(high-cholesterol)");
        assertThatThrownBy(() -> quiz(malformed))
                .hasMessage("quiz.md:" + lineOf(malformed, "Read more:")
                        + ": the 'Read more:' line must be 'Read more: [link text](article-slug#section-anchor)'");
    }

    @Test
    void refusesQuestionsInAFileThatIsNotAQuiz() {
        String text = FRONT.formatted("condition") + SINGLE;
        assertThatThrownBy(() -> parser.parse("quiz.md", text))
                .hasMessage("quiz.md:" + lineOf(SINGLE, "{question=single}")
                        + ": questions belong in a quiz; this file has 'type: condition'");
    }

    @Test
    void refusesAQuizWithoutQuestions() {
        assertThatThrownBy(() -> quiz(""))
                .hasMessageStartingWith("quiz.md:4: ")
                .hasMessageContaining("a quiz has at least one question");
    }

    @Test
    void refusesASectionAfterTheQuestions() {
        String q = SINGLE + "\n## More {section=other}\n\nText.\n";
        assertThatThrownBy(() -> quiz(q))
                .hasMessage("quiz.md:" + lineOf(q, "## More")
                        + ": sections come before the quiz questions, not after them");
    }

    @Test
    void aQuestionWrittenBackReadsTheSame() {
        QuestionDraft read = quiz(SINGLE).draft().questions().get(0);
        String written = QuizMarkdown.heading(read) + "\n\n" + QuizMarkdown.body(read);

        assertThat(quiz(written).draft().questions()).containsExactly(read);
    }
}
