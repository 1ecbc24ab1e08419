package org.salus.article.content;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.salus.article.ChangeKind;
import org.salus.article.Code;
import org.salus.article.ContentType;
import org.salus.article.QuestionDraft;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionDraft;
import org.salus.article.SectionType;
import org.salus.article.Slugs;
import org.salus.article.Source;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a content file: YAML front matter between {@code ---} lines, then sections, each
 * opened by a {@code ## Heading {section=type}} line. Strict on purpose: an unknown key or
 * section type is a mistake to report with its line, not something to guess about.
 */
public final class ContentFileParser {

    private static final Set<String> KEYS = Set.of(
            "slug",
            "title",
            "language",
            "type",
            "summary",
            "also_called",
            "former_slugs",
            "codes",
            "sources",
            "related",
            "review",
            "change_note",
            "change_kind",
            "author",
            "questions",
            "translation_of",
            "groups");
    private static final Set<String> LANGUAGES = Set.of("en", "es");
    private static final Pattern SECTION_HEADING = Pattern.compile("^## (.+?)\\s*\\{section=([^}]*)}\\s*$");
    private static final int MAX_TITLE = 200;
    private static final int MAX_SUMMARY = 1000;
    private static final int MAX_GROUP = 200;

    public ContentFile parse(String name, String text) {
        SourceLines lines = SourceLines.of(text);
        List<String> all = lines.lines();
        if (all.isEmpty() || !all.get(0).strip().equals("---")) {
            throw new ContentFileException(name, 1, "a content file starts with a '---' line opening its front matter");
        }
        int end = 1;
        while (end < all.size() && !all.get(end).strip().equals("---")) {
            end++;
        }
        if (end == all.size()) {
            throw new ContentFileException(name, all.size(), "the front matter is not closed by a '---' line");
        }
        Map<String, Object> front = frontMatter(name, String.join("\n", all.subList(1, end)));
        Fields fields = new Fields(name, front, lines);
        Body body = body(name, all, end + 1);
        return build(name, fields, body, lines);
    }

    /**
     * The sections of a body written as in a content file, for the editor's form: every section
     * opens with {@code ## Heading {section=type}}.
     */
    public List<SectionDraft> parseBody(String name, String body) {
        Body parsed = parseQuizBody(name, body);
        if (!parsed.questions().isEmpty()) {
            throw new ContentFileException(
                    name, parsed.firstQuestionLine(), "questions belong in a quiz (content type 'quiz')");
        }
        return parsed.sections();
    }

    /** The sections of a body and, after them, the questions of a quiz ({@code ## Prompt {question=kind}}). */
    public Body parseQuizBody(String name, String body) {
        return body(name, body.lines().toList(), 0);
    }

    /**
     * A body's sections and, for a quiz, its questions.
     *
     * @param firstQuestionLine the line of the first question heading, 0 when there is none
     */
    public record Body(List<SectionDraft> sections, List<QuestionDraft> questions, int firstQuestionLine) {}

    private static Map<String, Object> frontMatter(String name, String yamlText) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new ContentFileException(name, 2, "the front matter must be a list of 'key: value' lines");
            }
            Map<String, Object> front = new LinkedHashMap<>();
            map.forEach((k, v) -> front.put(String.valueOf(k), v));
            return front;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 2 : e.getProblemMark().getLine() + 2;
            throw new ContentFileException(name, line, "the front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ContentFileException(name, 2, "the front matter is not valid YAML: " + e.getMessage());
        }
    }

    private ContentFile build(String name, Fields f, Body body, SourceLines lines) {
        for (String key : f.front.keySet()) {
            if (!KEYS.contains(key)) {
                throw f.error(key, "unknown key '" + key + "' (known keys: " + sorted(KEYS) + ")");
            }
        }
        String title = f.requiredText("title", MAX_TITLE);
        String slug = f.optionalText("slug").orElse(Slugs.of(title));
        if (!Slugs.isValid(slug)) {
            throw f.error("slug", "slug '" + slug + "' must be lowercase letters, digits and single hyphens");
        }
        String language = f.requiredText("language", 8);
        if (!LANGUAGES.contains(language)) {
            throw f.error("language", "language must be one of " + sorted(LANGUAGES));
        }
        String typeCode = f.requiredText("type", 20);
        ContentType type = ContentType.fromCode(typeCode)
                .orElseThrow(() -> f.error(
                        "type",
                        "unknown content type '" + typeCode + "' (known types: " + codes(ContentType.values()) + ")"));
        ChangeKind kind = f.optionalText("change_kind")
                .map(code -> ChangeKind.fromCode(code)
                        .orElseThrow(() -> f.error("change_kind", "change_kind must be clinical or editorial")))
                .orElse(ChangeKind.CLINICAL);
        if (type != ContentType.QUIZ && !body.questions().isEmpty()) {
            throw new ContentFileException(
                    name,
                    body.firstQuestionLine(),
                    "questions belong in a quiz; this file has 'type: " + typeCode + "'");
        }
        if (type == ContentType.QUIZ && body.questions().isEmpty()) {
            throw f.error(
                    "type",
                    "a quiz has at least one question, '## Prompt {question=single|multiple|true-false}',"
                            + " after its introduction");
        }
        List<String> formerSlugs = f.textList("former_slugs");
        for (String former : formerSlugs) {
            if (!Slugs.isValid(former) || former.equals(slug)) {
                throw f.error("former_slugs", "former slug '" + former + "' is not a valid, different slug");
            }
        }
        Optional<String> translationOf = f.optionalText("translation_of");
        if (translationOf.isPresent()
                && (!Slugs.isValid(translationOf.get()) || translationOf.get().equals(slug))) {
            throw f.error(
                    "translation_of",
                    "translation_of '" + translationOf.get() + "' must be the slug of another article, the original");
        }
        RevisionDraft draft = new RevisionDraft(
                title,
                f.requiredText("summary", MAX_SUMMARY),
                f.textList("also_called"),
                codes(f),
                sources(f, type),
                f.textList("related"),
                body.sections(),
                f.optionalText("author").orElse("content import"),
                f.optionalText("change_note").orElse("Imported from " + name),
                kind,
                body.questions());
        return new ContentFile(
                name,
                slug,
                language,
                type,
                formerSlugs,
                draft,
                review(f),
                questions(f),
                translationOf,
                groups(f),
                lines);
    }

    /** The browse groups ("Endocrine System"), each once, in the file's order. */
    private static List<String> groups(Fields f) {
        List<String> groups = f.textList("groups");
        for (String group : groups) {
            if (group.isEmpty() || group.length() > MAX_GROUP || Slugs.of(group).isEmpty()) {
                throw f.error("groups", "group '" + group + "' must be a name of 1 to " + MAX_GROUP + " characters");
            }
        }
        if (new HashSet<>(groups).size() < groups.size()) {
            throw f.error("groups", "a group is listed twice");
        }
        return groups;
    }

    private static List<QuestionSpec> questions(Fields f) {
        List<QuestionSpec> questions = new ArrayList<>();
        for (Map<String, Object> item : f.mapList("questions")) {
            Fields question = f.nested("questions", item);
            questions.add(new QuestionSpec(question.requiredText("title", 200), question.requiredText("prompt", 1000)));
        }
        return questions;
    }

    private static List<Code> codes(Fields f) {
        List<Code> codes = new ArrayList<>();
        for (Map<String, Object> item : f.mapList("codes")) {
            Fields code = f.nested("codes", item);
            codes.add(new Code(
                    code.requiredText("system", 20), code.requiredText("code", 40), code.requiredText("display", 200)));
        }
        return codes;
    }

    private static List<Source> sources(Fields f, ContentType type) {
        List<Source> sources = new ArrayList<>();
        for (Map<String, Object> item : f.mapList("sources")) {
            Fields source = f.nested("sources", item);
            Optional<String> url = source.optionalText("url");
            if (url.isPresent() && !url.get().matches("https?://\\S+")) {
                throw f.error("sources", "source URL '" + url.get() + "' must start with https:// or http://");
            }
            sources.add(new Source(
                    source.requiredText("organisation", 200),
                    source.requiredText("title", 300),
                    url.orElse(null),
                    source.optionalDate("accessed").orElse(null)));
        }
        // A governance page (About, privacy notice) states the publisher's own policy: nothing to cite.
        if (sources.isEmpty() && type != ContentType.PAGE) {
            throw f.error("sources", "every article cites at least one source under 'sources:'");
        }
        return sources;
    }

    private static Optional<ReviewClaim> review(Fields f) {
        Object value = f.front.get("review");
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw f.error("review", "review needs reviewer, credentials, specialty and reviewed");
        }
        Fields review = f.nested("review", map);
        LocalDate reviewed = review.optionalDate("reviewed")
                .orElseThrow(() -> f.error("review", "review needs the date it was done, 'reviewed: YYYY-MM-DD'"));
        Optional<LocalDate> due = review.optionalDate("next_due");
        if (due.isPresent() && !due.get().isAfter(reviewed)) {
            throw f.error("review", "next_due must be after the review date");
        }
        return Optional.of(new ReviewClaim(
                review.requiredText("reviewer", 120),
                review.requiredText("credentials", 60),
                review.optionalText("specialty").orElse(null),
                reviewed,
                due.orElse(null)));
    }

    /**
     * Splits the body into sections at {@code ## ... {section=type}} lines and, after them, quiz
     * questions at {@code ## ... {question=kind}} lines (outside code fences).
     */
    private static Body body(String name, List<String> all, int start) {
        QuizQuestionParser quiz = new QuizQuestionParser(name);
        List<SectionDraft> sections = new ArrayList<>();
        List<QuestionDraft> questions = new ArrayList<>();
        int question = -1;
        int firstQuestion = 0;
        Set<SectionType> seen = new HashSet<>();
        SectionType type = null;
        String heading = null;
        StringBuilder body = new StringBuilder();
        boolean fenced = false;
        for (int i = start; i < all.size(); i++) {
            String line = all.get(i);
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
            }
            if (!fenced && line.startsWith("## ")) {
                if (question >= 0) {
                    questions.add(quiz.parse(all, question, i));
                } else if (type != null) {
                    sections.add(section(name, i, type, heading, body));
                }
                if (line.contains("{question=")) {
                    if (type == null) {
                        throw new ContentFileException(
                                name,
                                i + 1,
                                "a quiz opens with its introduction, '## About this quiz {section=overview}'");
                    }
                    question = i;
                    firstQuestion = firstQuestion == 0 ? i + 1 : firstQuestion;
                    continue;
                }
                if (question >= 0) {
                    throw new ContentFileException(
                            name, i + 1, "sections come before the quiz questions, not after them");
                }
                Matcher m = SECTION_HEADING.matcher(line);
                if (!m.matches()) {
                    throw new ContentFileException(
                            name,
                            i + 1,
                            "a section heading ends with {section=TYPE}, e.g. '## Symptoms {section=symptoms}'");
                }
                String code = m.group(2).strip();
                int lineNumber = i + 1;
                type = SectionType.fromCode(code)
                        .orElseThrow(() -> new ContentFileException(
                                name,
                                lineNumber,
                                "unknown section type '" + code + "' (known types: " + codes(SectionType.values())
                                        + ")"));
                if (type != SectionType.OTHER && !seen.add(type)) {
                    throw new ContentFileException(
                            name,
                            i + 1,
                            "a second '" + code + "' section; each type appears once"
                                    + " (use 'other' for more free-form sections)");
                }
                heading = m.group(1);
                body.setLength(0);
            } else if (type == null && !line.isBlank()) {
                throw new ContentFileException(
                        name, i + 1, "text before the first section heading '## ... {section=TYPE}'");
            } else if (type != null && question < 0) {
                body.append(line).append('\n');
            }
        }
        if (type == null) {
            throw new ContentFileException(
                    name, all.size(), "the article has no sections; add '## Overview {section=overview}'");
        }
        if (question >= 0) {
            questions.add(quiz.parse(all, question, all.size()));
        } else {
            sections.add(section(name, all.size(), type, heading, body));
        }
        return new Body(sections, questions, firstQuestion);
    }

    private static SectionDraft section(String name, int line, SectionType type, String heading, StringBuilder body) {
        String markdown = body.toString().strip();
        if (markdown.isEmpty()) {
            throw new ContentFileException(name, line, "section '" + heading + "' has no text");
        }
        return new SectionDraft(type, heading, markdown + "\n");
    }

    private static String sorted(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String codes(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> v.name().toLowerCase().replace('_', '-'))
                .collect(Collectors.joining(", "));
    }

    /** Typed access to front-matter values, with errors that point at the key's line. */
    private record Fields(String name, Map<String, Object> front, SourceLines lines, String parentKey) {

        Fields(String name, Map<String, Object> front, SourceLines lines) {
            this(name, front, lines, null);
        }

        ContentFileException error(String key, String message) {
            return new ContentFileException(name, lines.lineOf(parentKey == null ? key : parentKey), message);
        }

        Fields nested(String key, Map<?, ?> map) {
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((k, v) -> values.put(String.valueOf(k), v));
            return new Fields(name, values, lines, key);
        }

        Optional<String> optionalText(String key) {
            Object value = front.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (value instanceof Map || value instanceof List) {
                throw error(key, "'" + key + "' must be text");
            }
            String text = String.valueOf(value).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }

        String requiredText(String key, int maxLength) {
            String text = optionalText(key)
                    .orElseThrow(() -> error(
                            key,
                            "'" + key + "' is required"
                                    + (parentKey == null ? "" : " in each entry of '" + parentKey + "'")));
            if (text.length() > maxLength) {
                throw error(key, "'" + key + "' is longer than " + maxLength + " characters");
            }
            return text;
        }

        Optional<LocalDate> optionalDate(String key) {
            Object value = front.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (value instanceof Date date) { // YAML reads an unquoted 2026-10-15 as a timestamp
                return Optional.of(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
            }
            try {
                return Optional.of(LocalDate.parse(String.valueOf(value).strip()));
            } catch (DateTimeParseException e) {
                throw error(key, "'" + key + "' must be a date written YYYY-MM-DD");
            }
        }

        List<String> textList(String key) {
            Object value = front.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)
                    || list.stream().anyMatch(v -> v == null || v instanceof Map || v instanceof List)) {
                throw error(key, "'" + key + "' must be a list of '- text' lines");
            }
            return list.stream().map(v -> String.valueOf(v).strip()).toList();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mapList(String key) {
            Object value = front.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof Map))) {
                throw error(key, "'" + key + "' must be a list of entries, each with its own fields");
            }
            return (List<Map<String, Object>>) value;
        }
    }
}
