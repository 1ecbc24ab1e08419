package org.salus.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.salus.article.ChangeKind;
import org.salus.article.Code;
import org.salus.article.ContentBody;
import org.salus.article.ContentType;
import org.salus.article.QuestionDraft;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionDraft;
import org.salus.article.Slugs;
import org.salus.article.Source;
import org.salus.article.content.ContentFileException;
import org.salus.article.content.ContentFileParser;
import org.salus.codes.CodeCheck;

/**
 * The article editor's form, as typed. Lists are one item per line so the form works without
 * JavaScript: codes as {@code SYSTEM CODE display}, sources as
 * {@code Organisation | Title | https://url | YYYY-MM-DD}, related articles as slugs, and the body
 * as sections opened by {@code ## Heading {section=type}} lines (for a quiz, followed by its
 * questions, {@code ## Prompt {question=kind}}, as in a content file: docs/quizzes.md).
 *
 * @param translationOf the slug of the original this article translates, empty for none; it is
 *     the article's, not the revision's (docs/editorial-workflow.md)
 */
public record ArticleForm(
        String slug,
        String title,
        String contentType,
        String summary,
        String alsoCalled,
        String codes,
        String sources,
        String related,
        String translationOf,
        String body,
        String changeNote,
        String changeKind,
        int baseRevision) {

    // Limits of the revision tables' columns (V3): a longer value is refused beside its field.
    static final int MAX_NAME = 200; // also-called names, code names, source organisations, section headings
    static final int MAX_CODE = 40;
    static final int MAX_SOURCE_TITLE = 300;
    static final int MAX_URL = 1000;
    /** Markdown of all sections together: generous (a long article is about 30,000 characters). */
    static final int MAX_BODY = 100_000;

    /** The form turned into a draft, or the field errors (field name → message) that stop it. */
    public record Result(RevisionDraft draft, ArticleIdentity identity, Map<String, String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The form checked without code lists or a date: for imports and tests of the other fields. */
    public Result parse(String author, Set<String> codeSystems) {
        return parse(author, codeSystems, null, null);
    }

    /**
     * The form checked as the editor saves it: codes against {@code codeCheck} (ICD-10-CM against
     * the imported list, SNOMED CT and MeSH by their form) and source dates against {@code today};
     * either may be null to skip that check. The reasons a code or source line was refused are
     * under {@code codesDetail} and {@code sourcesDetail}.
     */
    public Result parse(String author, Set<String> codeSystems, CodeCheck codeCheck, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanTitle = text(title);
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200) {
            errors.put("title", "form.title");
        }
        String cleanSlug = text(slug).isEmpty() ? Slugs.of(cleanTitle) : text(slug);
        if (!Slugs.isValid(cleanSlug)) {
            errors.put("slug", "form.slug");
        }
        ContentType type = ContentType.fromCode(text(contentType)).orElse(null);
        if (type == null) {
            errors.put("contentType", "form.contentType");
        }
        String cleanSummary = text(summary);
        if (cleanSummary.length() < 20 || cleanSummary.length() > 1000) {
            errors.put("summary", "form.summary");
        }
        List<Code> parsedCodes = new CodeLines(codeSystems, codeCheck).parse(codes, errors);
        List<Source> parsedSources = new SourceLines(today).parse(sources, errors, type);
        if (lines(alsoCalled).stream().anyMatch(name -> name.length() > MAX_NAME)) {
            errors.put("alsoCalled", "form.alsoCalled");
        }
        List<SectionDraft> sections = List.of();
        List<QuestionDraft> questions = List.of();
        try {
            ContentFileParser.Body parsed = new ContentFileParser().parseQuizBody("body", text(body));
            if (type != ContentType.QUIZ && !parsed.questions().isEmpty()) {
                throw new ContentFileException(
                        "body", parsed.firstQuestionLine(), "questions belong in a quiz (content type 'quiz')");
            }
            if (type == ContentType.QUIZ && parsed.questions().isEmpty()) {
                throw new ContentFileException(
                        "body",
                        1,
                        "a quiz has at least one question, '## Prompt {question=single}', after its sections");
            }
            sections = parsed.sections();
            questions = parsed.questions();
        } catch (ContentFileException e) {
            errors.put("body", "form.body");
            errors.put("bodyDetail", e.getMessage()); // names the line, e.g. "body:12: unknown section type"
        }
        if (text(body).length() > MAX_BODY) {
            errors.put("body", "form.bodyLength");
        } else if (sections.stream().anyMatch(s -> s.heading().strip().length() > MAX_NAME)) {
            errors.put("body", "form.sectionHeading");
        }
        if (!text(translationOf).isEmpty()
                && (!Slugs.isValid(text(translationOf)) || text(translationOf).equals(cleanSlug))) {
            errors.put("translationOf", "form.translationOf");
        }
        ChangeKind kind = ChangeKind.fromCode(text(changeKind)).orElse(null);
        if (kind == null) {
            errors.put("changeKind", "form.changeKind");
        }
        if (text(changeNote).isEmpty() || text(changeNote).length() > 1000) {
            errors.put("changeNote", "form.changeNote");
        }
        if (!errors.isEmpty()) {
            return new Result(null, null, errors);
        }
        RevisionDraft draft = new RevisionDraft(
                cleanTitle,
                cleanSummary,
                lines(alsoCalled),
                parsedCodes,
                parsedSources,
                lines(related),
                sections,
                author,
                text(changeNote),
                kind,
                questions);
        return new Result(draft, new ArticleIdentity(cleanSlug, "en", type), errors);
    }

    /** The original's slug typed in "Translation of", if any. */
    public Optional<String> original() {
        return text(translationOf).isEmpty() ? Optional.empty() : Optional.of(text(translationOf));
    }

    /** The form for an existing revision of an article that translates nothing. */
    public static ArticleForm of(String slug, ContentType type, RevisionDraft draft, int baseRevision) {
        return of(slug, type, draft, baseRevision, "");
    }

    /** The form for an existing revision, so an edit starts from the newest text. */
    public static ArticleForm of(
            String slug, ContentType type, RevisionDraft draft, int baseRevision, String translationOf) {
        String body = ContentBody.of(draft.sections(), draft.questions());
        String codeLines = draft.codes().stream()
                .map(c -> c.system() + " " + c.code() + " " + c.display())
                .collect(Collectors.joining("\n"));
        String sourceLines = draft.sources().stream()
                .map(s -> String.join(
                        " | ",
                        s.organisation(),
                        s.title(),
                        s.url() == null ? "" : s.url(),
                        s.accessedOn() == null ? "" : s.accessedOn().toString()))
                .collect(Collectors.joining("\n"));
        return new ArticleForm(
                slug,
                draft.title(),
                type.code(),
                draft.summary(),
                String.join("\n", draft.alsoCalled()),
                codeLines,
                sourceLines,
                String.join("\n", draft.relatedSlugs()),
                translationOf,
                body,
                "",
                "clinical",
                baseRevision);
    }

    static List<String> lines(String text) {
        return text(text)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
