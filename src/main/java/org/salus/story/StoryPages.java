package org.salus.story;

import java.util.List;
import java.util.Map;

import org.salus.web.PageContext;

/** Models of the stories pages, one record per template. */
public final class StoryPages {

    private StoryPages() {
    }

    /** {@code story/question.jte}: a question, its published stories and the form. */
    public record QuestionPage(PageContext ctx, Question question, List<Story> stories, boolean mostHelpful, int page,
            int pages, StoryForm form, Map<String, String> errors, String notice) {

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

    /** {@code story/submitted.jte}: the confirmation, with crisis resources when screening found crisis language. */
    public record Submitted(PageContext ctx, Question question, boolean urgent) {
    }

    /** A pending story in the queue with where it belongs and what screening found. */
    public record QueueItem(Story story, Question question, List<StoredFinding> findings) {
    }

    /** {@code moderation/queue.jte} */
    public record Queue(PageContext ctx, List<QueueItem> items, String flag, List<String> flags, String article,
            int olderThanDays) {
    }

    /** {@code story/questions.jte}: an article's questions for editors. */
    public record QuestionsEditor(PageContext ctx, String articleSlug, String articleTitle, List<Question> questions,
            String problem, boolean saved) {
    }

    /** {@code moderation/story.jte} */
    public record StoryReview(PageContext ctx, QueueItem item, List<String> reasons, String problem) {
    }
}
