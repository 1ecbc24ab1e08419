package org.salus.review;

import java.util.List;
import java.util.Map;

import org.salus.account.UserAccount;
import org.salus.article.ArticleRow;
import org.salus.article.RevisionSummary;
import org.salus.article.TopicView;
import org.salus.audit.AuditEntry;
import org.salus.review.diff.FieldChange;
import org.salus.review.diff.SectionChange;
import org.salus.sources.SourcePanel;
import org.salus.web.PageContext;

/** The models of the editorial pages, one record per template. */
public final class EditorPages {

    private EditorPages() {}

    /**
     * {@code editor/form.jte}; {@code preview} is the rendered draft when the editor asked for one,
     * with a quiz's {@code questions} and their answer key.
     */
    public record Form(
            PageContext ctx,
            boolean isNew,
            ArticleForm form,
            Map<String, String> errors,
            TopicView preview,
            List<CheckedQuestion> questions,
            Readability.Score score,
            List<SectionScore> sections,
            double maxGrade,
            String problem,
            ReviewNotes reviewNotes,
            org.salus.quality.QualityPanel quality) {

        public Form(PageContext ctx, boolean isNew, ArticleForm form, Map<String, String> errors, String problem) {
            this(ctx, isNew, form, errors, null, List.of(), null, List.of(), 0, problem, null, null);
        }

        /** The same page with the reviewers' comments of the revision being edited. */
        Form withReviewNotes(ReviewNotes notes) {
            return new Form(
                    ctx, isNew, form, errors, preview, questions, score, sections, maxGrade, problem, notes, quality);
        }
    }

    /** A section's heading (or a quiz question's prompt) with its readability figures. */
    public record SectionScore(String heading, Readability.Score score) {

        /** Each section's figures, then each quiz question's (prompt, options and explanation). */
        public static List<SectionScore> of(
                List<org.salus.article.Section> sections, List<org.salus.article.Question> questions) {
            return java.util.stream.Stream.concat(
                            sections.stream()
                                    .map(s -> new SectionScore(s.heading(), Readability.scoreOfHtml(s.html()))),
                            questions.stream()
                                    .map(q ->
                                            new SectionScore(q.prompt(), Readability.scoreOfHtml(ReaderText.html(q)))))
                    .toList();
        }
    }

    /** The figures of the whole text a reader reads: the sections and a quiz's questions. */
    public static Readability.Score wholeScore(
            List<org.salus.article.Section> sections, List<org.salus.article.Question> questions) {
        return Readability.scoreOfHtml(ReaderText.html(sections, questions));
    }

    /**
     * {@code editor/revision.jte}: a stored revision as readers would see it, a quiz's questions with
     * their answer key, its state and the actions; {@code wroteText} when the signed-in person wrote
     * part of its text, so may not review it.
     */
    public record Revision(
            PageContext ctx,
            UserAccount user,
            ArticleRow article,
            WorkflowRow workflow,
            TopicView view,
            List<CheckedQuestion> questions,
            Readability.Score score,
            List<SectionScore> sections,
            double maxGrade,
            boolean wroteText,
            TranslationCheck translationCheck,
            String problem,
            ReviewNotes reviewNotes,
            org.salus.quality.QualityPanel quality) {

        public boolean aboveMaxGrade() {
            return score.fleschKincaidGrade() > maxGrade;
        }
    }

    /**
     * {@code editor/translationCheck.jte}: what differs between a translation's revision and its
     * original's published revision ({@link TranslationInvariants}); the page has none (null) for an
     * article that translates nothing.
     */
    public record TranslationCheck(String originalSlug, TranslationInvariants.Differences differences) {}

    /**
     * {@code editor/article.jte}: an article's history and article-wide actions. {@code retired}
     * when it is off the site; {@code wroteLiveText} when the signed-in person wrote part of the live
     * text, so may not confirm its review.
     */
    public record Article(
            PageContext ctx,
            UserAccount user,
            ArticleRow article,
            String title,
            List<RevisionSummary> revisions,
            Map<Long, WorkflowState> states,
            List<AuditEntry> audit,
            boolean retired,
            boolean wroteLiveText,
            String problem,
            LiveSections liveSections,
            SourcePanel sources) {

        /** Readers can open the page: published and not retired. */
        public boolean live() {
            return article.publishedRevisionId() != null && !retired;
        }
    }

    /** {@code editor/diff.jte} */
    public record Diff(
            PageContext ctx,
            ArticleRow article,
            RevisionSummary from,
            RevisionSummary to,
            FieldChange title,
            FieldChange summary,
            List<SectionChange> sections) {}
}
