package org.salus.story;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The doctors' questions of an article and their published stories, for readers outside this
 * package (the JSON content API). Only stories in the published state are ever returned; the
 * caller checks that the article itself is published.
 */
@Service
public class PublishedStories {

    private final QuestionRepository questions;
    private final StoryRepository stories;

    PublishedStories(QuestionRepository questions, StoryRepository stories) {
        this.questions = questions;
        this.stories = stories;
    }

    public List<Question> questionsOf(long articleId) {
        return questions.forArticle(articleId);
    }

    public Optional<Question> question(String articleSlug, String questionSlug) {
        return questions.find(articleSlug, questionSlug);
    }

    /** Published stories of a question, newest first. */
    public List<Story> newestFirst(long questionId, int offset, int limit) {
        return stories.published(questionId, false, offset, limit);
    }
}
