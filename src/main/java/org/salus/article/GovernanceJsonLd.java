package org.salus.article;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.salus.web.JsonLd;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org description of a governance page: {@code AboutPage} for About, {@code ContactPage}
 * for Contact, else {@code WebPage}; never {@code MedicalWebPage}, since it gives no health advice.
 */
final class GovernanceJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GovernanceJsonLd() {}

    static String of(PublishedArticle article, String segment, String pageUrl, String publisher) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@context", "https://schema.org");
        page.put("@type", type(segment));
        page.put("name", article.title());
        page.put("description", article.summary());
        page.put("url", pageUrl);
        page.put("inLanguage", article.language());
        page.put(
                "dateModified",
                article.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", publisher);
        page.put("publisher", organization);
        return JsonLd.scriptSafe(JSON.writeValueAsString(page));
    }

    private static String type(String segment) {
        return switch (segment) {
            case "" -> "AboutPage";
            case "contact" -> "ContactPage";
            default -> "WebPage";
        };
    }
}
