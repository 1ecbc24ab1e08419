package org.salus.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.salus.article.PublishedArticle;
import org.salus.article.Slugs;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.story.PublishedStories;
import org.salus.story.Question;
import org.salus.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patient stories as JSON: the doctors' questions of a published article and the stories a
 * moderator published for each. Pending, rejected and removed stories never appear.
 */
@RestController
@Tag(name = "Patient stories", description = "Moderated patient stories, per question the doctors ask")
class StoriesApi {

    private final ArticlesApi articles;
    private final PublishedStories stories;
    private final ApiLinks links;

    StoriesApi(ArticlesApi articles, PublishedStories stories, ApiLinks links) {
        this.articles = articles;
        this.stories = stories;
        this.links = links;
    }

    @GetMapping("/api/v1/articles/{slug}/questions")
    @Operation(
            operationId = "listQuestions",
            summary = "The questions of a published article, with counts of published stories")
    @ApiResponse(responseCode = "200", description = "The questions (possibly none)")
    @ApiResponse(
            responseCode = "404",
            description = "No published article has this slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<QuestionList> questions(@PathVariable String slug, HttpServletRequest request) {
        PublishedArticle article = articles.published(slug);
        String base = links.base(request);
        List<Question> questions = stories.questionsOf(article.articleId());
        List<String> keys = new ArrayList<>(List.of(CdnKeys.article(article.articleId())));
        questions.forEach(q -> keys.add(CdnKeys.question(q.id())));
        SurrogateKeys.tag(keys);
        List<QuestionSummary> items = questions.stream()
                .map(q -> new QuestionSummary(
                        q.slug(),
                        q.title(),
                        q.prompt(),
                        q.publishedStories(),
                        base + "/topics/" + slug + "/questions/" + q.slug(),
                        base + ApiLinks.BASE + "/articles/" + slug + "/questions/" + q.slug() + "/stories"))
                .toList();
        return ResponseEntity.ok().cacheControl(ArticlesApi.CACHING).body(new QuestionList(slug, items));
    }

    @GetMapping("/api/v1/articles/{slug}/questions/{question}/stories")
    @Operation(operationId = "listStories", summary = "Published stories answering one question, newest first")
    @ApiResponse(responseCode = "200", description = "A page of stories")
    @ApiResponse(
            responseCode = "400",
            description = "A parameter is malformed; `parameter` names it",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No such published article or question",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<StoryList> stories(
            @PathVariable String slug,
            @PathVariable String question,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) String limit,
            @Parameter(description = "Stories to skip, 0 to 10000") @RequestParam(required = false) String offset,
            HttpServletRequest request) {
        int size = ApiParameters.limit(limit);
        int skip = ApiParameters.offset(offset);
        PublishedArticle article = articles.published(slug);
        if (!Slugs.isValid(question)) {
            throw new NotFoundException("question");
        }
        Question q = stories.question(slug, question).orElseThrow(() -> new NotFoundException("question"));
        SurrogateKeys.tag(List.of(CdnKeys.article(article.articleId()), CdnKeys.question(q.id())));
        List<StoryItem> items = stories.newestFirst(q.id(), skip, size).stream()
                .map(s -> new StoryItem(
                        s.id(),
                        s.displayName(),
                        s.relationship().code(),
                        s.ageRange(),
                        s.publishedBody(),
                        s.helpfulCount()))
                .toList();
        String next = skip + size < q.publishedStories()
                ? links.at(request, ApiLinks.BASE + "/articles/" + slug + "/questions/" + question + "/stories")
                        .queryParam("limit", size)
                        .queryParam("offset", skip + size)
                        .build()
                        .toUriString()
                : null;
        return ResponseEntity.ok()
                .cacheControl(ArticlesApi.CACHING)
                .body(new StoryList(slug, question, items, q.publishedStories(), skip, size, next));
    }
}
