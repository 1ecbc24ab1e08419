package org.salus.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salus.web.JsonLd;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code Person} of a reviewer's public profile: affiliations as {@code Organization}s,
 * the licence as an {@code EducationalOccupationalCredential} recognised by its body. Disclosures have no
 * schema.org property and stay on the page.
 */
final class ReviewerJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReviewerJsonLd() {}

    /**
     * @param imageUrl the photo's absolute address, or null without a photo
     * @param language the page's language ({@code inLanguage} is not a Person property: it names the
     *                 page it describes through {@code mainEntityOfPage})
     */
    static String of(ReviewerProfile reviewer, String pageUrl, String imageUrl, String language) {
        Map<String, Object> person =
                new LinkedHashMap<>(); // in this order on every run: the page's bytes must not change
        person.put("@context", "https://schema.org");
        person.put("@type", "Person");
        person.put("url", pageUrl);
        person.put("name", reviewer.name());
        person.put("honorificSuffix", reviewer.credentials());
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", "ProfilePage");
        page.put("@id", pageUrl);
        page.put("inLanguage", language);
        person.put("mainEntityOfPage", page);
        if (imageUrl != null) {
            person.put("image", imageUrl);
        }
        if (reviewer.specialty() != null) {
            person.put("knowsAbout", reviewer.specialty());
        }
        List<Map<String, Object>> affiliations = reviewer.affiliations().stream()
                .map(MedicalWebPageJsonLd::organization)
                .toList();
        if (!affiliations.isEmpty()) {
            person.put("affiliation", affiliations);
        }
        if (reviewer.licenceBody() != null && reviewer.licenceNumber() != null) {
            Map<String, Object> credential = new LinkedHashMap<>();
            credential.put("@type", "EducationalOccupationalCredential");
            credential.put("credentialCategory", "license");
            credential.put("identifier", reviewer.licenceNumber());
            credential.put("recognizedBy", MedicalWebPageJsonLd.organization(reviewer.licenceBody()));
            person.put("hasCredential", credential);
        }
        return JsonLd.scriptSafe(JSON.writeValueAsString(person));
    }
}
