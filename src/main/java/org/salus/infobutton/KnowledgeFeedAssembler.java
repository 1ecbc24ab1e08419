package org.salus.infobutton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.salus.infobutton.KnowledgeFeed.Category;
import org.salus.infobutton.KnowledgeFeed.Entry;
import org.springframework.stereotype.Component;

/**
 * Builds the feed for a request and its matches. Feed categories echo the request parameters
 * that were used (the criteria, the recipient and the language) and none that were ignored (IHE
 * RCK 3.Y.4.2.3 items 9-10); entry categories say which of the article's codes matched, in which
 * system, and a relevance score below 1 when the requested code had to roll up.
 */
@Component
class KnowledgeFeedAssembler {

    private static final Map<String, String> SYSTEM_NAMES = Map.of(
            "2.16.840.1.113883.6.90",
            "ICD-10-CM",
            "2.16.840.1.113883.6.103",
            "ICD-9-CM",
            "2.16.840.1.113883.6.96",
            "SNOMED CT",
            "2.16.840.1.113883.6.177",
            "MeSH",
            "2.16.840.1.113883.6.1",
            "LOINC",
            "2.16.840.1.113883.6.88",
            "RxNorm");

    private final Clock clock;

    KnowledgeFeedAssembler(Clock clock) {
        this.clock = clock;
    }

    KnowledgeFeed assemble(
            KnowledgeRequest request, List<KnowledgeMatch> matches, String baseUrl, String selfUrl, String siteName) {
        List<Category> categories = new ArrayList<>();
        for (SearchCriterion criterion : request.criteria()) {
            categories.add(new Category("mainSearchCriteria.v.c", criterion.code()));
            categories.add(new Category("mainSearchCriteria.v.cs", criterion.codeSystemOid()));
            if (criterion.displayName() != null) {
                categories.add(new Category("mainSearchCriteria.v.dn", criterion.displayName()));
            }
        }
        if (request.informationRecipient() != null) {
            categories.add(new Category("informationRecipient", request.informationRecipient()));
        }
        if (request.languageSent()) {
            categories.add(new Category("informationRecipient.languageCode.c", request.language()));
        }
        String subtitle = siteName + " results for "
                + request.criteria().stream()
                        .map(c -> SYSTEM_NAMES.getOrDefault(c.codeSystemOid(), c.codeSystemOid()) + " " + c.code())
                        .collect(Collectors.joining(", "));
        List<Entry> entries =
                matches.stream().map(match -> entry(match, baseUrl)).toList();
        return new KnowledgeFeed(
                "urn:uuid:" + UUID.randomUUID(),
                request.language(),
                baseUrl + "/",
                selfUrl,
                siteName,
                subtitle,
                siteName,
                baseUrl + "/",
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                categories,
                entries);
    }

    private static Entry entry(KnowledgeMatch match, String baseUrl) {
        String href = baseUrl + "/topics/" + match.slug();
        List<Category> categories = new ArrayList<>();
        categories.add(new Category("mainSearchCriteria.v.c", match.matchedCode()));
        categories.add(new Category("mainSearchCriteria.v.cs", match.codeSystemOid()));
        if (match.matchedDisplay() != null && !match.matchedDisplay().isBlank()) {
            categories.add(new Category("mainSearchCriteria.v.dn", match.matchedDisplay()));
        }
        categories.add(new Category("relevanceScore", relevance(match.rollUp())));
        return new Entry(
                href,
                match.language(),
                match.title(),
                href,
                match.updated().truncatedTo(ChronoUnit.SECONDS),
                match.summary(),
                categories);
    }

    /** 1 for the exact code, then 0.9, 0.8 ... for each level the code rolled up. */
    private static String relevance(int rollUp) {
        return rollUp == 0 ? "1" : "0." + Math.max(1, 10 - rollUp);
    }
}
