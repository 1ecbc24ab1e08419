package org.salus.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salus.article.ChangeKind;
import org.salus.article.Code;
import org.salus.article.OptionDraft;
import org.salus.article.QuestionDraft;
import org.salus.article.QuestionKind;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionDraft;
import org.salus.article.SectionType;
import org.salus.article.Source;

/**
 * Builds the {@link RevisionDraft} a test needs, naming only what the test is about; everything
 * else has a plain default:
 *
 * <pre>{@code
 * RevisionDraft draft = Drafts.draft("Gout")
 *         .summary("A painful swelling of a joint.")
 *         .code("ICD-10-CM", "M10", "Gout")
 *         .source("NIH", "Gout", "https://www.niams.nih.gov/")
 *         .overview("Gout is a kind of arthritis.")
 *         .build();
 * }</pre>
 *
 * Defaults: summary "A summary of <i>title</i>.", one overview section "Some text about
 * <i>title</i>." when none is given, no codes, sources, other names or related articles, written
 * by "writer" as a clinical change noted "First version". Section text gets the final newline a
 * Markdown file has. {@link Publisher} publishes a draft through the editorial workflow.
 */
public final class Drafts {

    private String title;
    private String summary;
    private final List<String> alsoCalled = new ArrayList<>();
    private final List<Code> codes = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<String> related = new ArrayList<>();
    private final List<SectionDraft> sections = new ArrayList<>();
    private String author = "writer";
    private String changeNote = "First version";
    private ChangeKind changeKind = ChangeKind.CLINICAL;
    private final List<QuestionDraft> questions = new ArrayList<>();

    private Drafts(String title) {
        this.title = title;
    }

    /** A new draft with this title and the defaults above. */
    public static Drafts draft(String title) {
        return new Drafts(title);
    }

    /** A next revision of {@code existing}: all its content, to change what the test is about. */
    public static Drafts revisionOf(RevisionDraft existing) {
        Drafts drafts = new Drafts(existing.title())
                .summary(existing.summary())
                .alsoCalled(existing.alsoCalled())
                .codes(existing.codes())
                .sources(existing.sources())
                .related(existing.relatedSlugs())
                .by(existing.author())
                .note(existing.changeNote(), existing.changeKind());
        drafts.sections.addAll(existing.sections());
        drafts.questions.addAll(existing.questions());
        return drafts;
    }

    public Drafts title(String title) {
        this.title = title;
        return this;
    }

    public Drafts summary(String summary) {
        this.summary = summary;
        return this;
    }

    public Drafts alsoCalled(List<String> names) {
        alsoCalled.addAll(names);
        return this;
    }

    public Drafts code(String system, String code, String display) {
        return code(new Code(system, code, display));
    }

    public Drafts code(Code code) {
        codes.add(code);
        return this;
    }

    public Drafts codes(List<Code> codes) {
        this.codes.addAll(codes);
        return this;
    }

    /** A source without an access date. */
    public Drafts source(String organisation, String title, String url) {
        return source(new Source(organisation, title, url, null));
    }

    public Drafts source(String organisation, String title, String url, LocalDate accessedOn) {
        return source(new Source(organisation, title, url, accessedOn));
    }

    public Drafts source(Source source) {
        sources.add(source);
        return this;
    }

    public Drafts sources(List<Source> sources) {
        this.sources.addAll(sources);
        return this;
    }

    public Drafts related(List<String> slugs) {
        related.addAll(slugs);
        return this;
    }

    /** Adds a section after those already added. */
    public Drafts section(SectionType type, String heading, String markdown) {
        sections.add(new SectionDraft(type, heading, markdown.endsWith("\n") ? markdown : markdown + "\n"));
        return this;
    }

    /** Adds a quiz question after those already added (for content type {@code quiz}). */
    public Drafts question(QuestionDraft question) {
        questions.add(question);
        return this;
    }

    /**
     * Adds a single-choice quiz question whose first option is the correct one, backed by the
     * section {@code supportSlug#supportAnchor}.
     */
    public Drafts question(String prompt, String supportSlug, String supportAnchor, String... options) {
        List<OptionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            drafts.add(new OptionDraft(options[i], i == 0));
        }
        return question(new QuestionDraft(
                QuestionKind.SINGLE,
                prompt,
                drafts,
                "Because " + options[0] + ".\n",
                supportSlug,
                supportAnchor,
                "Read about it"));
    }

    /** Adds an overview section headed "Overview". */
    public Drafts overview(String markdown) {
        return section(SectionType.OVERVIEW, "Overview", markdown);
    }

    /** Drops the sections so far (of {@link #revisionOf}), for a revision with new text. */
    public Drafts withoutSections() {
        sections.clear();
        return this;
    }

    /** The author's name as the revision records it. */
    public Drafts by(String author) {
        this.author = author;
        return this;
    }

    public Drafts note(String changeNote, ChangeKind changeKind) {
        this.changeNote = changeNote;
        this.changeKind = changeKind;
        return this;
    }

    public RevisionDraft build() {
        List<SectionDraft> text = sections.isEmpty()
                ? List.of(new SectionDraft(SectionType.OVERVIEW, "Overview", "Some text about " + title + ".\n"))
                : sections;
        return new RevisionDraft(
                title,
                summary == null ? "A summary of " + title + "." : summary,
                alsoCalled,
                codes,
                sources,
                related,
                text,
                author,
                changeNote,
                changeKind,
                questions);
    }
}
