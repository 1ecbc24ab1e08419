package org.salus.story;

import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.salus.article.PublishedArticle;
import org.salus.article.TopicPanel;
import org.salus.article.TopicPanelProvider;
import org.salus.cdn.CdnKeys;
import org.salus.changes.CachedContent;
import org.salus.changes.ContentCaches;
import org.springframework.stereotype.Component;

/**
 * The "Patient Comments &amp; Reviews" panel of a topic page: the doctors' questions with their
 * counts of published stories. Cached per article and forgotten when a story is published or
 * withdrawn, so a reader's request costs no query.
 */
@Component
class StoryPanels implements TopicPanelProvider {

    private final QuestionRepository questions;
    private final Cache<Long, Optional<TopicPanel>> cache;

    StoryPanels(QuestionRepository questions, ContentCaches caches) {
        this.questions = questions;
        this.cache = caches.get(CachedContent.STORY_PANELS);
    }

    @Override
    public Optional<TopicPanel> panelFor(PublishedArticle article) {
        return cache.get(article.articleId(), id -> build(article));
    }

    private static String countKey(int count) {
        return count == 0 ? "stories.count.none" : count == 1 ? "stories.count.one" : "stories.count.many";
    }

    private Optional<TopicPanel> build(PublishedArticle article) {
        List<Question> list = questions.forArticle(article.articleId());
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<TopicPanel.Item> items = list.stream()
                .map(q -> new TopicPanel.Item(
                        StoryPaths.question(q),
                        article.title() + " — " + q.title(),
                        q.prompt(),
                        q.publishedStories(),
                        countKey(q.publishedStories())))
                .toList();
        String version = list.stream()
                .map(q -> q.id() + ":" + q.publishedStories() + ":" + q.title().hashCode())
                .reduce("", String::concat);
        return Optional.of(new TopicPanel(
                "stories",
                "stories.heading",
                "stories.doctorsAsk",
                article.title(),
                items,
                version,
                list.stream().map(q -> CdnKeys.question(q.id())).toList()));
    }
}
