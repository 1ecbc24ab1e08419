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
        if (!article.sections().isEmpty()) {
            page.put("mainContentOfPage", mainContent());
            page.put(
                    "hasPart",
                    article.sections().stream()
                            .map(section -> healthTopicContent(section, pageUrl))
                            .toList());
        }
        if (!article.sources().isEmpty()) {
            page.put(
                    "citation",
                    article.sources().stream()
                            .map(MedicalWebPageJsonLd::citation)
                            .toList());
        }
        return scriptSafe(JSON.writeValueAsString(page));
    }

    /**
     * The element that holds the article's text, as a schema.org {@code WebPageElement}: the page's
     * {@code mainContentOfPage} (which superseded {@code MedicalWebPage.aspect}).
     */
    static Map<String, Object> mainContent() {
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("@type", "WebPageElement");
        element.put("cssSelector", "article.topic");
        return element;
    }

    /**
     * A section as a schema.org {@code HealthTopicContent}, a part of the page, with the aspect of
     * the topic its type covers ({@code hasHealthAspect}); a section whose type has no
     * {@code HealthAspectEnumeration} member (diagnosis, other) is a part without an aspect.
     */
    static Map<String, Object> healthTopicContent(Section section, String pageUrl) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("@type", "HealthTopicContent");
        part.put("name", section.heading());
        part.put("url", pageUrl + "#" + section.anchor());
        healthAspect(section.type()).ifPresent(aspect -> part.put("hasHealthAspect", "https://schema.org/" + aspect));
        return part;
    }

    /** The schema.org {@code HealthAspectEnumeration} member a section type covers, if there is one. */
    static java.util.Optional<String> healthAspect(SectionType type) {
        return java.util.Optional.ofNullable(
                switch (type) {
                    case OVERVIEW -> "OverviewHealthAspect";
                    case CAUSES -> "CausesHealthAspect";
                    case SYMPTOMS -> "SymptomsHealthAspect";
                    case TREATMENT -> "TreatmentsHealthAspect";
                    case PREVENTION -> "PreventionHealthAspect";
                    case WHEN_TO_SEEK_CARE -> "SeeDoctorHealthAspect";
                    case LIVING_WITH -> "LivingWithHealthAspect";
                    case DIAGNOSIS, OTHER -> null; // schema.org has no member for these
                });
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
