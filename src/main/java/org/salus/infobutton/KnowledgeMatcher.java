package org.salus.infobutton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salus.article.ArticleListings;
import org.springframework.stereotype.Service;

/**
 * The Infobutton's matching for other features (CDS Hooks): the same finder, code roll-up
 * ({@link CodeLevels}), ranking, language rule and cache as {@code /infobutton}, reached with FHIR
 * codings (a system URI and a code) or with the Infobutton's own key/value pairs. Nothing here
 * decides anything the Infobutton does not: it only translates the caller's form of a request.
 */
@Service
public class KnowledgeMatcher {

    private final KnowledgeFinder finder;
    private final Map<String, String> oidsByUri;
    private final Map<String, String> urisByOid = new HashMap<>();

    KnowledgeMatcher(KnowledgeFinder finder, ArticleListings articles) {
        this.finder = finder;
        this.oidsByUri = Map.copyOf(articles.codeSystemOidsByUri()); // fixed by migrations
        oidsByUri.forEach((uri, oid) -> urisByOid.put(oid, uri));
    }

    /** A code as FHIR gives it: the system's URI ({@code http://snomed.info/sct}), the code, and its display. */
    public record Coding(String system, String code, String display) {}

    /**
     * A published article that answers, and why.
     *
     * @param slug      the article's slug (its page is {@code /topics/{slug}})
     * @param language  the article's language
     * @param requested the requested coding that found it
     * @param matchedCode the code the article carries (the requested one, or an ancestor it rolled up to)
     * @param rollUp    how many levels the requested code rolled up (0: the article carries it)
     */
    public record Match(String slug, String language, Coding requested, String matchedCode, int rollUp) {}

    /**
     * The best published article in {@code language} for any of {@code codings} (those of one
     * condition or one medicine), ranked as the Infobutton ranks: exact before rolled up, reviewed
     * here before syndicated, then in the order the codings were given. Codings in a system no
     * article is coded in are skipped; codes that are not codes (the Infobutton's pattern) too.
     */
    public Optional<Match> best(List<Coding> codings, String language) {
        List<SearchCriterion> criteria = new ArrayList<>();
        Map<String, Coding> bySuffix = new HashMap<>();
        for (Coding coding : codings) {
            String oid = coding.system() == null ? null : oidsByUri.get(coding.system());
            if (oid == null || coding.code() == null || !KnowledgeRequestParser.isCode(coding.code())) {
                continue;
            }
            String suffix = String.valueOf(criteria.size());
            criteria.add(new SearchCriterion(suffix, coding.code().trim(), oid, coding.display()));
            bySuffix.put(suffix, coding);
            if (criteria.size() == KnowledgeRequestParser.MAX_CRITERIA) {
                break;
            }
        }
        if (criteria.isEmpty()) {
            return Optional.empty();
        }
        KnowledgeRequest request = new KnowledgeRequest(criteria, language, true, null, ResponseType.JSON, null, 1);
        return finder.find(request).stream().findFirst().map(found -> {
            Coding requested = criteria.stream()
                    .filter(c -> c.code().equals(found.requestedCode())
                            && c.codeSystemOid().equals(found.codeSystemOid()))
                    .findFirst()
                    .map(c -> bySuffix.get(c.suffix()))
                    .orElseThrow();
            return new Match(found.slug(), found.language(), requested, found.matchedCode(), found.rollUp());
        });
    }

    /**
     * The Infobutton's answer to its key/value pairs ({@code mainSearchCriteria.v.c},
     * {@code mainSearchCriteria.v.cs}, {@code informationRecipient.languageCode.c}, {@code maxResults}
     * ...), read by the same parser as {@code /infobutton}; the response type is ignored.
     *
     * @throws IllegalArgumentException when the pairs are not a valid knowledge request; the message
     *     names the parameter, never its value
     */
    public Answer answer(Map<String, String[]> parameters) {
        KnowledgeRequest request;
        try {
            request = KnowledgeRequestParser.parse(parameters);
        } catch (InvalidKnowledgeRequestException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<Match> matches = finder.find(request).stream()
                .map(found -> new Match(
                        found.slug(),
                        found.language(),
                        new Coding(
                                urisByOid.getOrDefault(found.codeSystemOid(), "urn:oid:" + found.codeSystemOid()),
                                found.requestedCode(),
                                request.criteria().stream()
                                        .filter(c -> c.code().equals(found.requestedCode()))
                                        .map(SearchCriterion::displayName)
                                        .filter(name -> name != null)
                                        .findFirst()
                                        .orElse(null)),
                        found.matchedCode(),
                        found.rollUp()))
                .toList();
        return new Answer(request.language(), matches);
    }

    /** The language a knowledge request asked for ("en" unless sent) and its matches, best first. */
    public record Answer(String language, List<Match> matches) {}
}
