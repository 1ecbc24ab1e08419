package org.salus.article.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salus.article.OptionDraft;
import org.salus.article.QuestionDraft;
import org.salus.article.QuestionKind;

/**
 * Reads one quiz question of a content file (docs/quizzes.md): the heading's prompt and kind, the
 * options as a task list ({@code - [x]} correct, {@code - [ ]} wrong), the explanation, and a last
 * {@code Read more: [text](slug#anchor)} line. Every mistake is reported with its file and line.
 */
final class QuizQuestionParser {

    static final Pattern HEADING = Pattern.compile("^## (.+?)\\s*\\{question=([^}]*)}\\s*$");
    private static final Pattern OPTION = Pattern.compile("^[-*] \\[([ xX])] (.+)$");
    private static final Pattern READ_MORE = Pattern.compile(
            "^Read more:\\s*\\[([^\\]]+)]\\(([a-z0-9]+(?:-[a-z0-9]+)*)#([a-z0-9]+(?:-[a-z0-9]+)*)\\)\\s*$");
    private static final Set<String> TRUE_FALSE = Set.of("true/false", "verdadero/falso");
    private static final int MAX_PROMPT = 300;
    private static final int MAX_OPTION = 500;
    private static final int MIN_OPTIONS = 2;
    private static final int MAX_OPTIONS = 6;

    private final String name;

    QuizQuestionParser(String name) {
        this.name = name;
    }

    /**
     * @param lines     the whole file's lines
     * @param heading   index of the question's heading line
     * @param end       index after the question's last line
     */
    QuestionDraft parse(List<String> lines, int heading, int end) {
        Matcher m = HEADING.matcher(lines.get(heading));
        if (!m.matches()) {
            throw error(
                    heading,
                    "a question heading ends with {question=KIND}, e.g. '## Is it true? {question=true-false}'");
        }
        String prompt = m.group(1).strip();
        String code = m.group(2).strip();
        QuestionKind kind = QuestionKind.fromCode(code)
                .orElseThrow(() -> error(
                        heading, "unknown question kind '" + code + "' (known kinds: single, multiple, true-false)"));
        if (prompt.length() > MAX_PROMPT) {
            throw error(heading, "the question is longer than " + MAX_PROMPT + " characters");
        }
        int i = skipBlank(lines, heading + 1, end);
        List<OptionDraft> options = new ArrayList<>();
        for (Matcher o; i < end && (o = OPTION.matcher(lines.get(i).strip())).matches(); i++) {
            if (o.group(2).strip().length() > MAX_OPTION) {
                throw error(i, "an option is longer than " + MAX_OPTION + " characters");
            }
            options.add(new OptionDraft(o.group(2).strip(), !o.group(1).isBlank()));
        }
        checkOptions(heading, prompt, kind, options);
        int last = lastText(lines, i, end);
        if (last < 0) {
            throw error(
                    end - 1,
                    "question '" + prompt + "' needs an explanation and a last 'Read more: [text](slug#anchor)' line");
        }
        String readMore = lines.get(last).strip();
        Matcher link = READ_MORE.matcher(readMore);
        if (!link.matches()) {
            throw error(
                    last,
                    readMore.startsWith("Read more:")
                            ? "the 'Read more:' line must be 'Read more: [link text](article-slug#section-anchor)'"
                            : "question '" + prompt + "' must end with a 'Read more: [text](slug#anchor)' line");
        }
        String explanation = String.join("\n", lines.subList(i, last)).strip();
        if (explanation.isEmpty()) {
            throw error(last, "question '" + prompt + "' has no explanation before its 'Read more:' line");
        }
        return new QuestionDraft(
                kind,
                prompt,
                options,
                explanation + "\n",
                link.group(2),
                link.group(3),
                link.group(1).strip());
    }

    private void checkOptions(int heading, String prompt, QuestionKind kind, List<OptionDraft> options) {
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw error(
                    heading,
                    "question '" + prompt + "' has " + options.size() + " options; a question has " + MIN_OPTIONS
                            + " to " + MAX_OPTIONS + " ('- [x] right' or '- [ ] wrong')");
        }
        long correct = options.stream().filter(OptionDraft::correct).count();
        if (correct == 0) {
            throw error(heading, "question '" + prompt + "' has no correct option; mark it '- [x]'");
        }
        if (correct > 1 && kind.oneAnswer()) {
            throw error(
                    heading,
                    "question '" + prompt + "' is " + kind.code() + " but marks " + correct
                            + " options correct; use {question=multiple} or mark one");
        }
        if (kind == QuestionKind.TRUE_FALSE) {
            String pair = options.stream()
                    .map(o -> o.text().toLowerCase(java.util.Locale.ROOT))
                    .reduce((a, b) -> a + "/" + b)
                    .orElse("");
            if (options.size() != 2 || !TRUE_FALSE.contains(pair)) {
                throw error(
                        heading,
                        "a true-false question has exactly the options 'True' and 'False'"
                                + " (or 'Verdadero' and 'Falso'), in that order");
            }
        }
    }

    private static int skipBlank(List<String> lines, int from, int end) {
        int i = from;
        while (i < end && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static int lastText(List<String> lines, int from, int end) {
        for (int i = end - 1; i >= from; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private ContentFileException error(int index, String message) {
        return new ContentFileException(name, index + 1, message);
    }
}
