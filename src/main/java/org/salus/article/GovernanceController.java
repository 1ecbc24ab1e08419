package org.salus.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
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

/**
 * The governance pages (About, editorial policy, privacy notice...): published articles of type
 * {@link ContentType#PAGE}, read at {@code /about[/x]} and their Spanish twins at {@code /es/about[/x]}
 * ({@link GovernancePages}). Same for every reader, so they are files of the static edition.
 */
@Controller
class GovernanceController {

    private final ArticleReader reader;
    private final ArticleTranslations translations;
    private final String build;

    GovernanceController(
            ArticleReader reader, ArticleTranslations translations, ObjectProvider<BuildProperties> build) {
        this.reader = reader;
        this.translations = translations;
        BuildProperties properties = build.getIfAvailable();
        this.build = properties == null ? "dev" : properties.getVersion() + "@" + properties.getTime();
    }

    @GetMapping("/about")
    String about(PageContext ctx, ServletWebRequest request, Model model) {
        return render("en", "", ctx, request, model);
    }

    @GetMapping("/about/{segment}")
    String page(@PathVariable String segment, PageContext ctx, ServletWebRequest request, Model model) {
        return render("en", segment, ctx, request, model);
    }

    @GetMapping("/es/about")
    String spanishAbout(PageContext ctx, ServletWebRequest request, Model model) {
        return render("es", "", ctx, request, model);
    }

    @GetMapping("/es/about/{segment}")
    String spanishPage(@PathVariable String segment, PageContext ctx, ServletWebRequest request, Model model) {
        return render("es", segment, ctx, request, model);
    }

    private String render(
            String language, String segment, PageContext requested, ServletWebRequest request, Model model) {
        String slug = GovernancePages.slugAt(language, segment)
                .filter(Slugs::isValid)
                .orElseThrow(() -> new NotFoundException("page", language));
        PublishedArticle article = reader.published(slug)
                .filter(found -> found.contentType() == ContentType.PAGE)
                .orElseThrow(() -> missing(slug, language));
        String path = GovernancePages.path(slug);
        String requestedPath = ("es".equals(language) ? "/es" : "")
                + GovernancePages.PREFIX
                + (segment.isEmpty() ? "" : "/" + segment);
        if (!path.equals(requestedPath)) {
            throw new MovedPermanentlyException(path); // one address per page: /about/privacy-notice is /about/privacy
        }
        List<Translation> inOtherLanguages = translations.of(article.articleId());
        PageContext ctx = withSwitch(requested.in(article.language()), inOtherLanguages);
        tag(article, inOtherLanguages);
        String etag = HttpCaching.weakEtag(article.version(), ctx.lang(), ctx.baseUrl(), build, inOtherLanguages);
        if (HttpCaching.notModified(request, etag, article.publishedAt())) {
            return null;
        }
        String canonical = ctx.absolute(path);
        model.addAttribute(
                "page",
                new GovernancePage(
                        ctx,
                        article,
                        canonical,
                        GovernanceJsonLd.of(
                                article, segment, canonical, ctx.site().name()),
                        alternates(ctx, article, path, inOtherLanguages)));
        return "governance/page";
    }

    private RuntimeException missing(String slug, String language) {
        Optional<String> retired = reader.retiredLanguage(slug);
        return retired.<RuntimeException>map(lang -> new GoneException("page", lang))
                .orElseGet(() -> new NotFoundException("page", language));
    }

    /** The switch goes to the page's translation when it has one, else to the other language's home. */
    private static PageContext withSwitch(PageContext ctx, List<Translation> inOtherLanguages) {
        return inOtherLanguages.stream()
                .filter(t -> t.language().equals(ctx.otherLanguage()))
                .findFirst()
                .map(t -> ctx.withTranslation(t.language(), GovernancePages.path(t.slug())))
                .orElse(ctx);
    }

    /** The page and its published translations, for {@code hreflang} links; empty when there is none. */
    private static List<GovernancePage.Alternate> alternates(
            PageContext ctx, PublishedArticle article, String path, List<Translation> inOtherLanguages) {
        if (inOtherLanguages.isEmpty()) {
            return List.of();
        }
        List<GovernancePage.Alternate> all = new ArrayList<>();
        all.add(new GovernancePage.Alternate(article.language(), ctx.absolute(path)));
        inOtherLanguages.forEach(
                t -> all.add(new GovernancePage.Alternate(t.language(), ctx.absolute(GovernancePages.path(t.slug())))));
        return all;
    }

    private static void tag(PublishedArticle article, List<Translation> inOtherLanguages) {
        List<String> keys = new ArrayList<>(article.cdnKeys());
        inOtherLanguages.forEach(t -> keys.add(CdnKeys.article(t.articleId())));
        SurrogateKeys.tag(keys);
    }
}
