package org.salus.article;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.changes.CachedContent;
import org.salus.changes.ContentCaches;
import org.salus.web.GoneException;
import org.salus.web.HttpCaching;
import org.salus.web.MovedPermanentlyException;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/** The reader's topic page, {@code /topics/{slug}}. */
@Controller
class TopicController {

    private final ArticleReader reader;
    private final ArticleTranslations translations;
    private final TranslationFreshness freshness;
    private final ReviewPolicy policy;
    private final List<TopicPanelProvider> providers;
    private final Clock clock;
    private final String build;
    // Keyed by content version, so a publication needs no invalidation: old entries age out.
    private final Cache<String, TopicView> views;

    TopicController(
            ArticleReader reader,
            ArticleTranslations translations,
            TranslationFreshness freshness,
            ReviewPolicy policy,
            List<TopicPanelProvider> providers,
            Clock clock,
            ObjectProvider<BuildProperties> build,
            ContentCaches caches) {
        this.views = caches.get(CachedContent.TOPIC_VIEWS);
        this.reader = reader;
        this.translations = translations;
        this.freshness = freshness;
        this.providers = providers;
        this.policy = policy;
        this.clock = clock;
        // Part of every ETag, so a deployment with new templates is not answered with 304s.
        BuildProperties properties = build.getIfAvailable();
        this.build = properties == null ? "dev" : properties.getVersion() + "@" + properties.getTime();
    }

    @GetMapping("/topics/{slug}")
    String topic(@PathVariable String slug, PageContext requested, ServletWebRequest request, Model model) {
        if (!Slugs.isValid(slug)) {
            String lower = slug.toLowerCase(Locale.ROOT);
            if (Slugs.isValid(lower)) {
                throw new MovedPermanentlyException("/topics/" + lower); // a hand-typed /topics/Obesity
            }
            throw new NotFoundException("topic");
        }
        PublishedArticle article = reader.published(slug).orElseThrow(() -> moved(slug));
        if (article.contentType() == ContentType.QUIZ) {
            throw new MovedPermanentlyException("/quizzes/" + slug); // a quiz is taken on its own page
        }
        if (article.contentType() == ContentType.PAGE) {
            throw new MovedPermanentlyException(GovernancePages.path(slug)); // a governance page lives under /about
        }
        PageContext ctx = requested.in(article.language()); // the page speaks its article's language
        boolean overdue = article.review() != null && policy.showsOverdueNotice(article.review(), LocalDate.now(clock));
        List<TopicPanel> panels = providers.stream()
                .map(p -> p.panelFor(article))
                .flatMap(Optional::stream)
                .toList();
        List<Translation> inOtherLanguages = translations.of(article.articleId());
        // Cached per article; the original's publication drops the entry (it names its translations).
        TranslationFreshness.Behind behind =
                freshness.behind(article.articleId()).orElse(null);
        tag(article, panels, inOtherLanguages);
        String etag = HttpCaching.weakEtag(
                article.version(),
                overdue,
                ctx.lang(),
                ctx.baseUrl(),
                build,
                panels.stream().map(TopicPanel::version).toList(),
                inOtherLanguages,
                behind);
        if (HttpCaching.notModified(request, etag, article.publishedAt())) {
            return null;
        }
        TopicView view = views.get(
                article.version() + "@" + ctx.baseUrl(),
                key -> TopicView.of(article, ctx.baseUrl(), ctx.site().name()));
        model.addAttribute(
                "page",
                new TopicPage(withSwitch(ctx, inOtherLanguages), view, overdue, panels, inOtherLanguages, behind));
        return "topic/topic";
    }

    /** The page shows its article, the articles of its teasers and translation links, and its panels. */
    private static void tag(PublishedArticle article, List<TopicPanel> panels, List<Translation> inOtherLanguages) {
        List<String> keys = new ArrayList<>(article.cdnKeys());
        inOtherLanguages.forEach(t -> keys.add(CdnKeys.article(t.articleId())));
        panels.forEach(panel -> keys.addAll(panel.cdnKeys()));
        SurrogateKeys.tag(keys);
    }

    /** The page's language switch goes to its translation in the other language, when it has one. */
    private static PageContext withSwitch(PageContext ctx, List<Translation> inOtherLanguages) {
        return inOtherLanguages.stream()
                .filter(t -> t.language().equals(ctx.otherLanguage()))
                .findFirst()
                .map(t -> ctx.withTranslation(t.language(), "/topics/" + t.slug()))
                .orElse(ctx);
    }

    private RuntimeException moved(String slug) {
        Optional<String> retired = reader.retiredLanguage(slug);
        if (retired.isPresent()) {
            return new GoneException("topic", retired.get()); // a retired Spanish article says so in Spanish
        }
        return reader.currentSlugFor(slug)
                .<RuntimeException>map(current -> new MovedPermanentlyException("/topics/" + current))
                .orElseGet(() -> new NotFoundException("topic"));
    }
}
