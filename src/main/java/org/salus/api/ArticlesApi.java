package org.salus.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.salus.article.ArticleListings;
import org.salus.article.ArticleReader;
import org.salus.article.ArticleTranslations;
import org.salus.article.ListingFilter;
import org.salus.article.PublishedArticle;
import org.salus.article.PublishedListing;
import org.salus.article.Slugs;
import org.salus.article.Translation;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.changes.CachedContent;
import org.salus.changes.ContentCaches;
import org.salus.web.HttpCaching;
import org.salus.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Published articles as JSON: a filtered, paged list and one article with everything its page shows. */
@RestController
@Tag(name = "Articles", description = "Published health articles: reviewed by this site, or syndicated and labelled so")
class ArticlesApi {

    /** How long clients and shared caches may reuse a response before revalidating it. */
    static final CacheControl CACHING = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

    private final ArticleReader reader;
    private final ArticleListings articles;
    private final CodeSystems codeSystems;
    private final ApiLinks links;
    private final ArticleTranslations translations;
    private final String build;
    // Keyed by content version, base address and translations: a publication needs no invalidation.
    private final Cache<List<Object>, ArticleDetail> details;
    // Pages of the list, by filter, position, size and base address.
    private final Cache<List<Object>, ArticleList> lists;

    ArticlesApi(
            ArticleReader reader,
            ArticleListings articles,
            CodeSystems codeSystems,
            ApiLinks links,
            ArticleTranslations translations,
            ObjectProvider<BuildProperties> build,
            ContentCaches caches) {
        this.translations = translations;
        this.details = caches.get(CachedContent.API_ARTICLES);
        this.lists = caches.get(CachedContent.API_ARTICLE_LISTS);
        this.reader = reader;
        this.articles = articles;
        this.codeSystems = codeSystems;
        this.links = links;
        // Part of the ETag, so a deployment that changes the payload is not answered with 304s.
        BuildProperties properties = build.getIfAvailable();
        this.build = properties == null ? "dev" : properties.getVersion() + "@" + properties.getTime();
    }

    @GetMapping("/api/v1/articles")
    @Operation(
            operationId = "listArticles",
            summary = "List published articles",
            description = "In slug order, filtered; follow `next` for the following page. `total` counts every match.")
    @ApiResponse(responseCode = "200", description = "A page of articles")
    @ApiResponse(
            responseCode = "400",
            description = "A parameter is malformed; `parameter` names it",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<ArticleList> list(
            @Parameter(description = "First letter, A-Z or 0-9") @RequestParam(required = false) String letter,
            @Parameter(
                            description =
                                    "Content type: condition, symptom, test, treatment, living-with, faq (quizzes: /api/v1/quizzes)")
                    @RequestParam(required = false)
                    String type,
            @Parameter(description = "Language: en or es") @RequestParam(required = false) String language,
            @Parameter(
                            description = "Code system id (ICD-10-CM, ICD-9-CM, SNOMED-CT, MESH, LOINC, RXNORM, UMLS) "
                                    + "or its HL7 OID; with `code`")
                    @RequestParam(required = false)
                    String codeSystem,
            @Parameter(description = "A code in that system, with or without its dot (E11.9 or E119)")
                    @RequestParam(required = false)
                    String code,
            @Parameter(description = "Only articles published or updated at or after this ISO date or date-time")
                    @RequestParam(required = false)
                    String updatedSince,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) String limit,
            @Parameter(description = "Continue after this slug (from `next`)") @RequestParam(required = false)
                    String after,
            HttpServletRequest request) {
        String system = ApiParameters.codeSystem(codeSystem);
        String theCode = ApiParameters.code(code);
        if ((system == null) != (theCode == null)) {
            throw new BadParameterException(
                    system == null ? "codeSystem" : "code",
                    "is required together with " + (system == null ? "code." : "codeSystem."));
        }
        String systemId = system == null
                ? null
                : codeSystems
                        .resolve(system)
                        .orElseThrow(() -> new BadParameterException(
                                "codeSystem", "must be one of " + codeSystems.names() + " or its OID."));
        ListingFilter filter = new ListingFilter(
                ApiParameters.language(language),
                ApiParameters.type(type),
                ApiParameters.letter(letter),
                systemId,
                theCode,
                ApiParameters.updatedSince(updatedSince));
        int size = ApiParameters.limit(limit);
        String afterSlug = ApiParameters.after(after);
        SurrogateKeys.tag(listKeys(filter.language(), CdnKeys::topics));
        String base = links.base(request);
        ArticleList page = lists.get(
                List.of(filter, String.valueOf(afterSlug), size, base), key -> page(filter, afterSlug, size, base));
        return ResponseEntity.ok().cacheControl(CACHING).body(page);
    }

    private ArticleList page(ListingFilter filter, String afterSlug, int size, String base) {
        List<PublishedListing> rows = articles.publishedListing(filter, afterSlug, size + 1);
        List<PublishedListing> shown = rows.subList(0, Math.min(size, rows.size()));
        String next = null;
        if (rows.size() > size) {
            UriComponentsBuilder nextLink =
                    UriComponentsBuilder.fromUriString(base).path(ApiLinks.BASE + "/articles");
            addIfSet(nextLink, "letter", filter.letter());
            addIfSet(
                    nextLink,
                    "type",
                    filter.type() == null ? null : filter.type().code());
            addIfSet(nextLink, "language", filter.language());
            addIfSet(nextLink, "codeSystem", filter.codeSystem());
            addIfSet(nextLink, "code", filter.code());
            addIfSet(
                    nextLink,
                    "updatedSince",
                    filter.updatedSince() == null ? null : filter.updatedSince().toString());
            next = nextLink.queryParam("limit", size)
                    .queryParam("after", shown.get(shown.size() - 1).slug())
                    .encode()
                    .build()
                    .toUriString();
        }
        List<ArticleSummary> items = shown.stream()
                .map(row -> new ArticleSummary(
                        row.slug(),
                        row.title(),
                        row.summary(),
                        row.language(),
                        row.contentType().code(),
                        row.syndicated() ? "syndicated" : "reviewed",
                        row.publishedAt(),
                        base + "/topics/" + row.slug(),
                        base + ApiLinks.BASE + "/articles/" + row.slug()))
                .toList();
        return new ArticleList(items, articles.countPublished(filter), size, next);
    }

    @GetMapping("/api/v1/articles/{slug}")
    @Operation(
            operationId = "getArticle",
            summary = "One published article",
            description = "Sections (Markdown and HTML), codes, sources, related articles, and either the medical "
                    + "review with the next review due or, for syndicated text, its syndication. Sends an ETag "
                    + "and Last-Modified; a matching If-None-Match gets 304.")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(
            responseCode = "304",
            description = "Not modified since the ETag sent in If-None-Match",
            content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "No published article has this slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<ArticleDetail> one(@PathVariable String slug, HttpServletRequest request) {
        PublishedArticle article = published(slug);
        SurrogateKeys.tag(article.cdnKeys());
        String base = links.base(request);
        // Cached per article like the topic page's "En español" link: a translation published later
        // changes this list (and so the ETag) but not the article's own version.
        List<Translation> inOtherLanguages = translations.of(article.articleId());
        String etag = etag(article.version(), base, inOtherLanguages);
        if (new ServletWebRequest(request)
                .checkNotModified(etag, article.publishedAt().toEpochMilli())) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(CACHING).build();
        }
        ArticleDetail detail = details.get(
                List.of(article.version(), base, inOtherLanguages),
                key -> detail(article, base, translationRefs(inOtherLanguages, "/topics/", "/articles/", base)));
        return ResponseEntity.ok()
                .eTag(etag)
                .lastModified(article.publishedAt())
                .cacheControl(CACHING)
                .body(detail);
    }

    /** A list's CDN key in the language asked for, or in every language. */
    static List<String> listKeys(String language, Function<String, String> key) {
        return language == null ? CdnKeys.everyLanguage(key) : List.of(key.apply(language));
    }

    PublishedArticle published(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("article");
        }
        return reader.published(slug).orElseThrow(() -> new NotFoundException("article"));
    }

    /** The published translations as payload records, with their pages under {@code pagePath}. */
    static List<TranslationRef> translationRefs(
            List<Translation> inOtherLanguages, String pagePath, String apiPath, String base) {
        return inOtherLanguages.stream()
                .map(t -> new TranslationRef(
                        t.language(),
                        t.slug(),
                        t.title(),
                        base + pagePath + t.slug(),
                        base + ApiLinks.BASE + apiPath + t.slug()))
                .toList();
    }

    private ArticleDetail detail(PublishedArticle a, String base, List<TranslationRef> inOtherLanguages) {
        String api = base + ApiLinks.BASE + "/articles/";
        ReviewRecord review = ReviewRecord.of(a.review(), base);
        SyndicationRecord syndication = SyndicationRecord.of(a.syndication());
        return new ArticleDetail(
                a.slug(),
                a.title(),
                a.summary(),
                a.language(),
                a.contentType().code(),
                a.alsoCalled(),
                review != null ? "reviewed" : "syndicated",
                a.publishedAt(),
                base + "/topics/" + a.slug(),
                a.codes().stream()
                        .map(c -> new CodeRef(c.system(), codeSystems.oidOf(c.system()), c.code(), c.display()))
                        .toList(),
                sections(a),
                sources(a),
                related(a, base),
                review,
                syndication,
                a.changes().stream()
                        .map(c -> new ChangeNote(c.date(), c.note()))
                        .toList(),
                api + a.slug() + "/questions",
                inOtherLanguages);
    }

    /** The sections, each as reviewed (Markdown) and as rendered and sanitised HTML. */
    static List<SectionBody> sections(PublishedArticle a) {
        return a.sections().stream()
                .map(s -> new SectionBody(s.type().code(), s.heading(), s.anchor(), s.markdown(), s.html()))
                .toList();
    }

    static List<SourceRef> sources(PublishedArticle a) {
        return a.sources().stream()
                .map(s -> new SourceRef(s.organisation(), s.title(), s.url(), s.accessedOn()))
                .toList();
    }

    /** The related articles, with their topic pages and their addresses in this API. */
    static List<RelatedRef> related(PublishedArticle a, String base) {
        String api = base + ApiLinks.BASE + "/articles/";
        return a.related().stream()
                .map(r -> new RelatedRef(r.slug(), r.title(), r.teaser(), base + "/topics/" + r.slug(), api + r.slug()))
                .toList();
    }

    /**
     * A weak ETag from {@code parts} (a content version, the base address) and the build, so a
     * deployment that changes the payload is not answered with 304s.
     */
    String etag(Object... parts) {
        List<Object> all = new ArrayList<>(List.of("api-v1"));
        all.addAll(List.of(parts));
        all.add(build);
        return HttpCaching.weakEtag(all.toArray());
    }

    static void addIfSet(UriComponentsBuilder builder, String name, String value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }
}
