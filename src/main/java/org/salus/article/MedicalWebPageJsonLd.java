package org.salus.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salus.web.JsonLd;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code MedicalWebPage} description of a topic page, as JSON-LD that is safe to
 * place inside a {@code <script>} element.
 */
public final class MedicalWebPageJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MedicalWebPageJsonLd() {}

    public static String of(PublishedArticle article, String pageUrl, String publisher) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@context", "https://schema.org");
        page.put("@type", "MedicalWebPage");
        page.put("url", pageUrl);
        page.put("name", article.title());
        page.put("description", article.summary());
        page.put("inLanguage", article.language());
        if (article.review() != null) {
            page.put("lastReviewed", article.review().reviewedOn().toString());
            page.put("reviewedBy", reviewer(article.review()));
        }
        if (article.syndication() != null) { // the source's text, not reviewed here: say whose it is
            page.put("sourceOrganization", organization(article.syndication().attribution()));
        }
        page.put("publisher", organization(publisher));
        page.put("about", about(article));
        if (!article.sources().isEmpty()) {
            page.put(
                    "citation",
                    article.sources().stream()
                            .map(MedicalWebPageJsonLd::citation)
                            .toList());
        }
        return scriptSafe(JSON.writeValueAsString(page));
    }

    /** A schema.org {@code Organization} by name (a publisher, a source's organisation). */
    public static Map<String, Object> organization(String name) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", name);
        return organization;
    }

    /** The medical reviewer as a schema.org {@code Person}, for {@code reviewedBy}. */
    public static Map<String, Object> reviewer(MedicalReview review) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", review.reviewerName());
        person.put("honorificSuffix", review.credentials());
        if (review.specialty() != null) {
            person.put("knowsAbout", review.specialty());
        }
        return person;
    }

    /**
     * What an article is about: a {@code MedicalCondition} for a condition, else a
     * {@code MedicalEntity}, with its other names and its codes.
     */
    public static Map<String, Object> about(PublishedArticle article) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("@type", article.contentType() == ContentType.CONDITION ? "MedicalCondition" : "MedicalEntity");
        about.put("name", article.title());
        if (!article.alsoCalled().isEmpty()) {
            about.put("alternateName", article.alsoCalled());
        }
        List<Map<String, Object>> codes = new ArrayList<>();
        for (Code code : article.codes()) {
            // In this order on every run: Map.of's order changes from one JVM to the next, and the
            // page's bytes (its ETag, its static-edition file) must not.
            Map<String, Object> medicalCode = new LinkedHashMap<>();
            medicalCode.put("@type", "MedicalCode");
            medicalCode.put("codeValue", code.code());
            medicalCode.put("codingSystem", code.system());
            codes.add(medicalCode);
        }
        if (!codes.isEmpty()) {
            about.put("code", codes);
        }
        return about;
    }

    /** A source as a schema.org {@code CreativeWork}, for {@code citation}. */
    public static Map<String, Object> citation(Source source) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        work.put("name", source.title());
        work.put("publisher", organization(source.organisation())); // schema.org: an Organization, not text
        if (source.url() != null) {
            work.put("url", source.url());
        }
        return work;
    }

    static String scriptSafe(String json) {
        return JsonLd.scriptSafe(json);
    }
}
