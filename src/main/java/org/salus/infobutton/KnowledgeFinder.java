package org.salus.infobutton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import org.salus.article.ArticleListings;
import org.salus.article.CodedArticle;
import org.salus.changes.CachedContent;
import org.salus.changes.ContentCaches;
import org.springframework.stereotype.Service;

/**
 * Finds the published articles that answer a knowledge request: for each criterion, articles
 * carrying the requested code or, for ICD codes, its nearest coded ancestor ({@link CodeLevels});
 * ranked exact matches first, then by how far the code rolled up, then articles this site's
 * reviewers approved before syndicated ones (the source's text, not reviewed here), then in the
 * order the criteria were sent, then by title. An article found by several criteria appears once, at its best rank.
 *
 * <p>Only articles in the requested language answer. An article in that language that translates
 * a coded article answers for it (the same translation groups as the pages' language links, the
 * API's {@code translations} and the sitemap); a coded article with no translation in that
 * language gives no entry, as MedlinePlus Connect does (docs/infobutton.md says why).
 *
 * <p>EHRs ask about the same few problem codes again and again, so answers are cached by their
 * criteria and language, and the cache is emptied whenever an article is published, re-reviewed
 * or retired (after the commit, so a request never refills it with what is being replaced). The
 * expiry is a backstop for content published by another process on a shared database.
 */
@Service
class KnowledgeFinder {

    private final ArticleListings articles;
    private final Map<String, String> systemsByOid;
    private final Cache<Key, List<KnowledgeMatch>> cache;

    KnowledgeFinder(ArticleListings articles, ContentCaches caches) {
        this.articles = articles;
        this.cache = caches.get(CachedContent.INFOBUTTON_ANSWERS);
        this.systemsByOid = Map.copyOf(articles.codeSystemIdsByOid()); // fixed by migrations
    }

    /** Up to {@code limit} matches, best first; empty when nothing published matches. */
    List<KnowledgeMatch> find(KnowledgeRequest request) {
        List<String> criteria = new ArrayList<>();
        for (SearchCriterion criterion : request.criteria()) {
            String system = systemsByOid.get(criterion.codeSystemOid());
            criteria.add(criterion.codeSystemOid() + " "
                    + (system == null ? criterion.code() : CodeLevels.key(system, criterion.code())));
        }
        List<KnowledgeMatch> all =
                cache.get(new Key(List.copyOf(criteria), request.language()), key -> lookUp(request));
        return all.size() <= request.maxResults() ? all : all.subList(0, request.maxResults());
    }

    private List<KnowledgeMatch> lookUp(KnowledgeRequest request) {
        Map<String, Ranked> best = new LinkedHashMap<>();
        List<SearchCriterion> criteria = request.criteria();
        for (int index = 0; index < criteria.size(); index++) {
            SearchCriterion criterion = criteria.get(index);
            String system = systemsByOid.get(criterion.codeSystemOid());
            if (system == null) {
                continue; // a code system no article is coded in: a valid request with no content
            }
            List<String> levels = CodeLevels.levels(system, criterion.code());
            Map<String, Integer> levelOf = new HashMap<>();
            List<String> forms = new ArrayList<>();
            for (int level = 0; level < levels.size(); level++) {
                levelOf.put(levels.get(level), level);
                forms.addAll(CodeLevels.storedForms(system, levels.get(level)));
            }
            // Articles coded directly in the language asked for, then the translations of articles
            // coded in another language: one translation group answers for its original.
            List<CodedArticle> candidates =
                    new ArrayList<>(articles.findPublishedByCodes(system, forms, request.language()));
            candidates.addAll(articles.findPublishedTranslationsByCodes(system, forms, request.language()));
            for (CodedArticle found : candidates) {
                Integer level = levelOf.get(CodeLevels.key(system, found.code()));
                if (level == null) {
                    continue;
                }
                KnowledgeMatch match = new KnowledgeMatch(
                        found.slug(),
                        found.language(),
                        found.title(),
                        found.summary(),
                        found.publishedAt(),
                        found.code(),
                        found.display(),
                        criterion.codeSystemOid(),
                        criterion.code(),
                        level);
                Ranked ranked = new Ranked(match, level, !found.reviewed(), index);
                best.merge(found.slug(), ranked, (a, b) -> RANK.compare(a, b) <= 0 ? a : b);
            }
        }
        return best.values().stream()
                .sorted(RANK)
                .limit(KnowledgeRequestParser.MAX_RESULTS_CAP)
                .map(Ranked::match)
                .toList();
    }

    private static final Comparator<Ranked> RANK = Comparator.comparingInt(Ranked::level)
            .thenComparing(Ranked::syndicated) // false first: reviewed here
            .thenComparingInt(Ranked::criterion)
            .thenComparing(r -> r.match().title())
            .thenComparing(r -> r.match().slug());

    private record Key(List<String> criteria, String language) {}

    private record Ranked(KnowledgeMatch match, int level, boolean syndicated, int criterion) {}
}
