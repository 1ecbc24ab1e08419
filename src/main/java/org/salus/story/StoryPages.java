package org.salus.story;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salus.web.PageContext;
import org.salus.web.SafetyProperties;

/** Models of the stories pages, one record per template. */
public final class StoryPages {

    private StoryPages() {}

    /**
     * {@code story/question.jte}: a question, its published stories and the form; {@code safety} is the crisis
     * line and emergency number the form's note names.
     */
    public record QuestionPage(
            PageContext ctx,
            Question question,
            List<Story> stories,
            boolean mostHelpful,
            int page,
            int pages,
            StoryForm form,
            Map<String, String> errors,
            String notice,
            SafetyProperties.Local safety) {

        public List<String> ageRanges() {
            return StoryForm.AGE_RANGES;
        }

        public List<String> sexes() {
            return StoryForm.SEXES;
        }

        public List<Relationship> relationships() {
            return List.of(Relationship.values());
        }

        public int maxStory() {
            return StoryForm.MAX_STORY;
        }

        public int minStory() {
            return StoryForm.MIN_STORY;
        }
    }

    /**
     * {@code story/submitted.jte}: the confirmation, with the configured crisis resources ({@code safety}) when
     * screening found crisis language.
     */
    public record Submitted(PageContext ctx, Question question, boolean urgent, SafetyProperties.Local safety) {}

    /** A story in the queue with where it belongs and what screening found. */
    public record QueueItem(Story story, Question question, List<StoredFinding> findings) {

        /** Each kind of finding once, with how many there are, in the order first found. */
        public Map<String, Integer> flagCounts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            findings.forEach(f -> counts.merge(f.flag(), 1, Integer::sum));
            return counts;
        }
    }

    /** {@code moderation/queue.jte}: one page of the queue; {@code page} counts from 1. */
    public record Queue(
            PageContext ctx,
            List<QueueItem> items,
            String flag,
            List<String> flags,
            String article,
            int olderThanDays,
            int page,
            int pages,
            int total,
            int pageSize) {

        /** The position of the first story on this page, counting from 1. */
        public int first() {
            return total == 0 ? 0 : (page - 1) * pageSize + 1;
        }

        public int last() {
            return first() + items.size() - 1;
        }

        /** The address of another page of the queue, keeping the filters. */
        public String link(int otherPage) {
            StringBuilder query = new StringBuilder("/moderation?page=").append(otherPage);
            if (flag != null) {
                query.append("&flag=").append(flag);
            }
            if (article != null && !article.isBlank()) {
                query.append("&article=").append(URLEncoder.encode(article, StandardCharsets.UTF_8));
            }
            if (olderThanDays > 0) {
                query.append("&olderThanDays=").append(olderThanDays);
            }
            return query.toString();
        }
    }

    /** {@code story/questions.jte}: an article's questions for editors. */
    public record QuestionsEditor(
            PageContext ctx,
            String articleSlug,
            String articleTitle,
            List<Question> questions,
            String problem,
            boolean saved) {}

    /**
     * {@code moderation/story.jte}; {@code typed} is redacted text sent back with a problem, so
     * nothing typed is lost.
     */
    public record StoryReview(PageContext ctx, QueueItem item, List<String> reasons, String problem, String typed) {

        /**
         * The text in the redaction form: what was typed, else the last redaction, else what
         * readers see now, else screening's suggestion (personal data it found already masked).
         */
        public String redactionDraft() {
            Story s = item.story();
            return typed != null
                    ? typed
                    : s.redactedBody() != null
                            ? s.redactedBody()
                            : s.publishedBody() != null ? s.publishedBody() : s.maskedBody();
        }

        public int maxRedaction() {
            return Moderation.MAX_REDACTION;
        }
    }
}
