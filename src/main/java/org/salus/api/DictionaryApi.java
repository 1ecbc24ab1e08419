package org.salus.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.salus.article.Slugs;
import org.salus.article.TopicIndex;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.dictionary.LiveTerms;
import org.salus.dictionary.Term;
import org.salus.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The medical dictionary as JSON: live terms only (retired ones are gone from the site too). */
@RestController
@Tag(name = "Dictionary", description = "Medical dictionary terms in plain language")
class DictionaryApi {

    private final LiveTerms terms;
    private final ApiLinks links;

    DictionaryApi(LiveTerms terms, ApiLinks links) {
        this.terms = terms;
        this.links = links;
    }

    @GetMapping("/api/v1/terms")
    @Operation(
            operationId = "listTerms",
            summary = "List dictionary terms",
            description = "In slug order; follow `next` for the following page.")
    @ApiResponse(responseCode = "200", description = "A page of terms")
    @ApiResponse(
            responseCode = "400",
            description = "A parameter is malformed; `parameter` names it",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<TermList> list(
            @Parameter(description = "First letter of the term's name, A-Z or 0-9") @RequestParam(required = false)
                    String letter,
            @Parameter(description = "Language: en or es") @RequestParam(required = false) String language,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) String limit,
            @Parameter(description = "Continue after this slug (from `next`)") @RequestParam(required = false)
                    String after,
            HttpServletRequest request) {
        String chosenLetter = ApiParameters.letter(letter);
        String lang = ApiParameters.language(language);
        SurrogateKeys.tag(ArticlesApi.listKeys(lang, CdnKeys::dictionary));
        int size = ApiParameters.limit(limit);
        String afterSlug = ApiParameters.after(after);
        List<Term> matching = terms.bySlug().stream()
                .filter(t -> lang == null || lang.equals(t.language()))
                .filter(t -> chosenLetter == null || chosenLetter.equals(TopicIndex.letterOf(t.name())))
                .toList();
        List<Term> rest = afterSlug == null
                ? matching
                : matching.stream()
                        .filter(t -> t.slug().compareTo(afterSlug) > 0)
                        .toList();
        List<Term> shown = rest.subList(0, Math.min(size, rest.size()));
        String next = null;
        if (rest.size() > size) {
            UriComponentsBuilder link = links.at(request, ApiLinks.BASE + "/terms");
            if (chosenLetter != null) {
                link.queryParam("letter", chosenLetter);
            }
            if (lang != null) {
                link.queryParam("language", lang);
            }
            next = link.queryParam("limit", size)
                    .queryParam("after", shown.get(shown.size() - 1).slug())
                    .encode()
                    .build()
                    .toUriString();
        }
        String base = links.base(request);
        List<TermSummary> items = shown.stream()
                .map(t -> new TermSummary(
                        t.slug(),
                        t.name(),
                        t.language(),
                        t.shortDefinition(),
                        base + "/dictionary/" + t.slug(),
                        base + ApiLinks.BASE + "/terms/" + t.slug()))
                .toList();
        return ResponseEntity.ok()
                .cacheControl(ArticlesApi.CACHING)
                .body(new TermList(items, matching.size(), size, next));
    }

    @GetMapping("/api/v1/terms/{slug}")
    @Operation(
            operationId = "getTerm",
            summary = "One dictionary term",
            description = "With `translations`: the same term in other languages (its English original, or its "
                    + "translations).")
    @ApiResponse(responseCode = "200", description = "The term")
    @ApiResponse(
            responseCode = "404",
            description = "No live term has this slug",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<TermDetail> one(@PathVariable String slug, HttpServletRequest request) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("term");
        }
        // From the cached live terms, as the list is: a reader's request costs no query.
        Term t = terms.find(slug).orElseThrow(() -> new NotFoundException("term"));
        SurrogateKeys.tag(List.of(CdnKeys.term(t.id())));
        String base = links.base(request);
        return ResponseEntity.ok()
                .cacheControl(ArticlesApi.CACHING)
                .body(new TermDetail(
                        t.slug(),
                        t.name(),
                        t.language(),
                        t.pronunciation(),
                        t.synonyms(),
                        t.shortDefinition(),
                        t.definitionHtml(),
                        t.source(),
                        t.licence(),
                        base + "/dictionary/" + t.slug(),
                        terms.translationsOf(t).stream()
                                .map(tr -> new TranslationRef(
                                        tr.language(),
                                        tr.slug(),
                                        tr.name(),
                                        base + "/dictionary/" + tr.slug(),
                                        base + ApiLinks.BASE + "/terms/" + tr.slug()))
                                .toList()));
    }
}
