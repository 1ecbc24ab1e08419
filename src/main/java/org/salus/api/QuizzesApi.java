package org.salus.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.salus.article.ArticleReader;
import org.salus.article.ArticleTranslations;
import org.salus.article.ContentType;
import org.salus.article.IndexEntry;
import org.salus.article.PublishedArticle;
import org.salus.article.Question;
import org.salus.article.RelatedArticle;
import org.salus.article.Slugs;
import org.salus.article.TopicIndex;
import org.salus.article.Translation;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.web.GoneException;
import org.salus.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Published quizzes as JSON: a filtered, paged list and one quiz with its questions and answers.
 * Read from the cached published articles ({@link ArticleReader#quizIndex()}), so a request makes
 * no query once the quizzes are cached; the few quizzes a site has are filtered in memory.
 */
@RestController
@Tag(name = "Quizzes", description = "Medically reviewed self-check quizzes, with their answers and explanations")
class QuizzesApi {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final ArticleReader reader;
    private final ArticlesApi articles;
    private final ApiLinks links;
    private final ArticleTranslations translations;

    QuizzesApi(ArticleReader reader, ArticlesApi articles, ApiLinks links, ArticleTranslations translations) {
        this.reader = reader;
        this.articles = articles;
        this.links = links;
        this.translations = translations;
    }

    @GetMapping("/api/v1/quizzes")
    @Operation(
            operationId = "listQuizzes",
            summary = "List published quizzes",
            description = "In slug order, filtered; follow `next` for the following page. `total` counts every match.")
    @ApiResponse(responseCode = "200", description = "A page of quizzes")
    @ApiResponse(
            responseCode = "400",
            description = "A parameter is malformed; `parameter` names it",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<QuizList> list(
            @Parameter(description = "First letter of the slug, A-Z or 0-9") @RequestParam(required = false)
                    String letter,
            @Parameter(description = "Language: en or es") @RequestParam(required = false) String language,
            @Parameter(description = "Only quizzes about this article (a slug named in the quiz's `about`)")
                    @RequestParam(required = false)
                    String about,
            @Parameter(description = "Only quizzes published or updated at or after this ISO date or date-time")
                    @RequestParam(required = false)
                    String updatedSince,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) String limit,
            @Parameter(description = "Continue after this slug (from `next`)") @RequestParam(required = false)
                    String after,
            HttpServletRequest request) {
        String chosenLetter = ApiParameters.letter(letter);
        String lang = ApiParameters.language(language);
        SurrogateKeys.tag(ArticlesApi.listKeys(lang, CdnKeys::quizzes));
        String topic = ApiParameters.about(about);
        Instant since = ApiParameters.updatedSince(updatedSince);
        int size = ApiParameters.limit(limit);
        String afterSlug = ApiParameters.after(after);
        List<PublishedArticle> matching = quizzes().stream()
                .filter(q -> chosenLetter == null || chosenLetter.equals(TopicIndex.letterOf(q.slug())))
                .filter(q -> lang == null || lang.equals(q.language()))
                .filter(q -> topic == null
                        || q.related().stream().anyMatch(r -> r.slug().equals(topic)))
                .filter(q -> since == null || !q.publishedAt().isBefore(since))
                .toList();
        List<PublishedArticle> rest = afterSlug == null
                ? matching
                : matching.stream()
                        .filter(q -> q.slug().compareTo(afterSlug) > 0)
                        .toList();
        List<PublishedArticle> shown = rest.subList(0, Math.min(size, rest.size()));
        String next = null;
        if (rest.size() > size) {
            UriComponentsBuilder link = links.at(request, ApiLinks.BASE + "/quizzes");
            ArticlesApi.addIfSet(link, "letter", chosenLetter);
            ArticlesApi.addIfSet(link, "language", lang);
            ArticlesApi.addIfSet(link, "about", topic);
            ArticlesApi.addIfSet(link, "updatedSince", since == null ? null : since.toString());
            next = link.queryParam("limit", size)
                    .queryParam("after", shown.get(shown.size() - 1).slug())
                    .encode()
                    .build()
                    .toUriString();
        }
        String base = links.base(request);
        List<QuizSummary> items = shown.stream().map(q -> summary(q, base)).toList();
        return ResponseEntity.ok()
                .cacheControl(ArticlesApi.CACHING)
                .body(new QuizList(items, matching.size(), size, next));
    }

    @GetMapping("/api/v1/quizzes/{slug}")
    @Operation(
            operationId = "getQuiz",
            summary = "One published quiz, with its answers",
            description = "The introduction, every question with its options (which are right), the explanation "
                    + "(Markdown and HTML) and the article section that backs it, the sources, the related "
                    + "articles and the medical review. Sends an ETag and Last-Modified; a matching "
                    + "If-None-Match gets 304.")
    @ApiResponse(responseCode = "200", description = "The quiz")
    @ApiResponse(
            responseCode = "304",
            description = "Not modified since the ETag sent in If-None-Match",
            content = @Content)
    @ApiResponse(
            responseCode = "404",
            description = "No published quiz has this slug (an article that is no quiz included)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(
            responseCode = "410",
            description = "The quiz was retired",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<QuizDetail> one(@PathVariable String slug, HttpServletRequest request) {
        PublishedArticle quiz = published(slug);
        SurrogateKeys.tag(quiz.cdnKeys());
        String base = links.base(request);
        // A quiz is an article: its translation group is the same table, cached the same way.
        List<Translation> inOtherLanguages = translations.of(quiz.articleId());
        String etag = articles.etag("quiz", quiz.version(), base, inOtherLanguages);
        if (new ServletWebRequest(request)
                .checkNotModified(etag, quiz.publishedAt().toEpochMilli())) {
            return ResponseEntity.status(304)
                    .eTag(etag)
                    .cacheControl(ArticlesApi.CACHING)
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .lastModified(quiz.publishedAt())
                .cacheControl(ArticlesApi.CACHING)
                .body(detail(
                        quiz, base, ArticlesApi.translationRefs(inOtherLanguages, "/quizzes/", "/quizzes/", base)));
    }

    /** Every published quiz, in slug order (the paging key). */
    private List<PublishedArticle> quizzes() {
        return reader.quizIndex().stream()
                .map(IndexEntry::slug)
                .map(reader::published)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(PublishedArticle::slug))
                .toList();
    }

    /**
     * The published quiz at {@code slug}: 404 when there is none or the article is no quiz, 410
     * when it was retired. A former slug is 404, as for articles: the API follows no renames.
     */
    private PublishedArticle published(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("quiz");
        }
        Optional<PublishedArticle> article = reader.published(slug);
        if (article.isPresent() && article.get().contentType() == ContentType.QUIZ) {
            return article.get();
        }
        if (article.isEmpty() && reader.isRetired(slug)) {
            throw new GoneException("quiz");
        }
        throw new NotFoundException("quiz");
    }

    private static QuizSummary summary(PublishedArticle q, String base) {
        return new QuizSummary(
                q.slug(),
                q.title(),
                q.summary(),
                q.language(),
                q.questions().size(),
                q.related().stream().map(RelatedArticle::slug).toList(),
                reviewStatus(q),
                q.publishedAt(),
                base + "/quizzes/" + q.slug(),
                base + ApiLinks.BASE + "/quizzes/" + q.slug());
    }

    private static QuizDetail detail(PublishedArticle q, String base, List<TranslationRef> inOtherLanguages) {
        return new QuizDetail(
                q.slug(),
                q.title(),
                q.summary(),
                q.language(),
                reviewStatus(q),
                q.publishedAt(),
                base + "/quizzes/" + q.slug(),
                ArticlesApi.sections(q),
                q.questions().stream().map(question -> question(question, base)).toList(),
                ArticlesApi.sources(q),
                ArticlesApi.related(q, base),
                ReviewRecord.of(q.review(), base),
                SyndicationRecord.of(q.syndication()),
                inOtherLanguages);
    }

    private static QuizQuestion question(Question q, String base) {
        return new QuizQuestion(
                q.number(),
                q.kind().code(),
                q.prompt(),
                q.options().stream()
                        .map(o -> new QuizOption(o.key(), o.text(), o.correct()))
                        .toList(),
                q.explanationMarkdown(),
                q.explanationHtml(),
                new ReadMore(
                        q.supportSlug(),
                        q.supportAnchor(),
                        q.supportText(),
                        base + "/topics/" + q.supportSlug() + "#" + q.supportAnchor()));
    }

    private static String reviewStatus(PublishedArticle q) {
        return q.review() != null ? "reviewed" : "syndicated";
    }
}
