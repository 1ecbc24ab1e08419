package org.salus.feedback;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.salus.web.PageContext;
import org.salus.web.SafetyProperties;

/** Models of the feedback pages, one record per template (public: jte templates are compiled elsewhere). */
public final class FeedbackPages {

    private FeedbackPages() {}

    /**
     * {@code feedback/form.jte}: the helpful form ({@code problem} false) or the problem report, for the
     * article at {@code slug}.
     *
     * @param refused      message keys of the personal data that kept the text from being stored
     * @param retryMinutes when the reader sent too much: minutes until the next is accepted; 0 otherwise
     * @param urgent       crisis language was found: the crisis help is shown above the form
     */
    public record Form(
            PageContext ctx,
            String slug,
            String title,
            boolean problem,
            FeedbackForm form,
            Map<String, String> errors,
            List<String> refused,
            long retryMinutes,
            boolean urgent,
            SafetyProperties.Local safety) {

        public List<String> problemKinds() {
            return Arrays.stream(ProblemKind.values()).map(ProblemKind::code).toList();
        }

        public int maxComment() {
            return FeedbackForm.MAX_COMMENT;
        }

        public int minDescription() {
            return FeedbackForm.MIN_DESCRIPTION;
        }

        public int maxDescription() {
            return FeedbackForm.MAX_DESCRIPTION;
        }

        public String action() {
            return "/topics/" + slug + (problem ? "/problem" : "/feedback");
        }
    }

    /** {@code feedback/thanks.jte}: shown once the feedback is stored. */
    public record Thanks(
            PageContext ctx,
            String slug,
            String title,
            boolean problem,
            boolean urgent,
            SafetyProperties.Local safety) {}

    /** {@code feedback/queue.jte}: every article with feedback, with its counts. */
    public record Queue(PageContext ctx, List<ArticleCounts> articles) {}

    /** {@code feedback/article.jte}: one article's comments and problem reports. */
    public record ArticleFeedback(
            PageContext ctx, long articleId, String slug, String title, List<Entry> entries, int limit) {}

    /** The counts of one article's feedback for the editors' queue. */
    public record ArticleCounts(
            long articleId,
            String slug,
            String title,
            int yes,
            int no,
            int comments,
            int openProblems,
            int urgent,
            Instant latest) {}

    /** One stored answer or report, as editors see it. */
    public record Entry(
            long id,
            long articleId,
            String kind,
            Boolean helpful,
            String problem,
            String comment,
            String flags,
            boolean urgent,
            Instant submittedAt,
            Instant handledAt,
            String handledBy) {

        public boolean isProblem() {
            return "problem".equals(kind);
        }

        public boolean handled() {
            return handledAt != null;
        }

        /** The screening flags found, as codes ("url", "profanity"); empty when none. */
        public List<String> flagCodes() {
            return flags == null || flags.isEmpty() ? List.of() : List.of(flags.split(","));
        }
    }
}
