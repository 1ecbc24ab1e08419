package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.article.ReviewerProfile;
import org.salus.article.ReviewerProfileRepository;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The administrator's reviewer profile form over real HTTP, and what readers then see on the public profile. */
@SiteTest
class ReviewerProfileAdminControllerTests {

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    ReviewerProfileRepository profiles;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anAdministratorSavesAndConfirmsAProfileAndReadersSeeItOnThePageAndInItsJsonLd() {
        people.create("profrev1", Role.REVIEWER);
        Visitor admin = admin("profadmin1");

        HttpResponse<String> saved = admin.submit(
                "/admin/reviewers/dr-profrev1",
                "/admin/reviewers/dr-profrev1",
                form(
                        "Riverside Hospital\nState University",
                        "Oregon Medical Board",
                        "MD12345",
                        "declared",
                        "Paid speaker for Acme Pharma in 2025.",
                        true));

        assertThat(saved.statusCode()).isEqualTo(302);
        Document page = Http.html(http.get("/reviewers/dr-profrev1"));
        assertThat(page.select("dd.affiliation").eachText()).containsExactly("Riverside Hospital", "State University");
        assertThat(page.selectFirst("dd.licence").text()).isEqualTo("Oregon Medical Board, number MD12345");
        assertThat(page.selectFirst("dd.disclosures").text()).isEqualTo("Paid speaker for Acme Pharma in 2025.");
        assertThat(page.selectFirst("dd.confirmed").text()).isEqualTo("November 29, 2026");
        assertThat(page.select(".notice-profile")).isEmpty();

        JsonNode person = JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(person.get("@type").asText()).isEqualTo("Person");
        assertThat(person.get("affiliation").findValuesAsString("name"))
                .containsExactly("Riverside Hospital", "State University");
        assertThat(person.at("/hasCredential/@type").asText()).isEqualTo("EducationalOccupationalCredential");
        assertThat(person.at("/hasCredential/identifier").asText()).isEqualTo("MD12345");
        assertThat(person.at("/hasCredential/recognizedBy/name").asText()).isEqualTo("Oregon Medical Board");
    }

    @Test
    void noneDeclaredIsAChoiceOfItsOwnAndABlankAnswerIsRefusedBesideTheField() {
        people.create("profrev2", Role.REVIEWER);
        Visitor admin = admin("profadmin2");
        String path = "/admin/reviewers/dr-profrev2";

        HttpResponse<String> blank = admin.submit(path, path, form("Clinic A", "", "", "", "", false));
        HttpResponse<String> both = admin.submit(path, path, form("Clinic A", "", "", "none", "Shares in X", false));

        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(blank.body())
                        .select(".field-error .error-message")
                        .eachText())
                .containsExactly("Choose \"None declared\" or \"Declared\": a blank answer would look like \"none\".");
        assertThat(both.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(both.body())
                        .selectFirst("textarea[name=disclosures]")
                        .text())
                .isEqualTo("Shares in X");
        assertThat(profiles.findBySlug("dr-profrev2").orElseThrow().disclosure())
                .isEqualTo(ReviewerProfile.Disclosure.UNSTATED);

        assertThat(admin.submit(path, path, form("Clinic A", "", "", "none", "", false))
                        .statusCode())
                .isEqualTo(302);
        Document page = Http.html(http.get("/reviewers/dr-profrev2"));
        assertThat(page.selectFirst("dd.disclosures").text()).isEqualTo("None declared.");
        assertThat(page.selectFirst("dd.confirmed").text()).isEqualTo("Not yet confirmed.");
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).doesNotContain("hasCredential");
    }

    @Test
    void tooLongOrHalfAnsweredFieldsAreRefusedWithWhatWasTypedKept() {
        people.create("profrev3", Role.REVIEWER);
        Visitor admin = admin("profadmin3");
        String path = "/admin/reviewers/dr-profrev3";

        HttpResponse<String> refused =
                admin.submit(path, path, form("x".repeat(201), "Oregon Medical Board", "", "none", "", false));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".field-error textarea, .field-error input").eachAttr("name"))
                .containsExactly("affiliations", "licenceNumber");
        assertThat(page.selectFirst("input[name=licenceBody]").val()).isEqualTo("Oregon Medical Board");
        assertThat(admin.submit(path, path, form("", "", "MD<script>", "none", "", false))
                        .statusCode())
                .isEqualTo(422);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        people.create("profrev4", Role.REVIEWER);
        Visitor admin = admin("profadmin4");

        HttpResponse<String> forged =
                admin.post("/admin/reviewers/dr-profrev4", form("Forged Inc", "", "", "none", "", true));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(profiles.findBySlug("dr-profrev4").orElseThrow().affiliations())
                .isEmpty();
    }

    @Test
    void readersAndReviewersAreRefused() {
        people.create("profrev5", Role.REVIEWER);
        Visitor reader = http.visitor();
        Visitor reviewer = http.visitor();
        reviewer.signIn("profrev5", People.PASSWORD);

        assertThat(reader.get("/admin/reviewers/dr-profrev5").statusCode()).isEqualTo(302);
        assertThat(reader.post("/admin/reviewers/dr-profrev5", form("X", "", "", "none", "", true))
                        .statusCode())
                .isIn(302, 403);
        assertThat(reviewer.get("/admin/reviewers").statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/admin/reviewers/dr-profrev5").statusCode()).isEqualTo(403);
        assertThat(profiles.findBySlug("dr-profrev5").orElseThrow().affiliations())
                .isEmpty();
    }

    @Test
    void aProfileConfirmedMoreThanAYearAgoTellsReadersAndTheAdministratorsList() {
        people.create("profrev6", Role.REVIEWER);
        ReviewerProfile profile = profiles.findBySlug("dr-profrev6").orElseThrow();
        profiles.saveDetails(
                profile.id(),
                List.of("Clinic B"),
                null,
                null,
                ReviewerProfile.Disclosure.NONE,
                null,
                LocalDate.of(2025, 11, 28));

        Document page = Http.html(http.get("/reviewers/dr-profrev6"));
        Document list = Jsoup.parse(admin("profadmin6").get("/admin/reviewers").body());

        assertThat(page.selectFirst("dd.confirmed").text()).isEqualTo("November 28, 2025");
        assertThat(page.selectFirst(".notice-profile").text()).contains("more than a year ago");
        assertThat(list.select("tr:has(a[href=/admin/reviewers/dr-profrev6]) td")
                        .last()
                        .text())
                .isEqualTo("November 28, 2025 (due)");
    }

    @Test
    void aReviewerNamedOnlyByImportedContentSaysItsInterestsAreNotYetStated() {
        Document page = Http.html(http.get("/reviewers/dr-lena-marsh"));

        assertThat(page.selectFirst("dd.disclosures").text()).isEqualTo("Not yet stated.");
        assertThat(page.selectFirst("dd.confirmed").text()).isEqualTo("Not yet confirmed.");
    }

    @Test
    void anAdministratorChoosesAPhotoFromTheLibraryAndRemovesItAgain() {
        people.create("profrev7", Role.REVIEWER);
        Visitor admin = admin("profadmin7");
        String path = "/admin/reviewers/dr-profrev7";
        long image = jdbc.sql("SELECT id FROM image WHERE slug = 'acanthosis-nigricans-neck'")
                .query(Long.class)
                .single();
        Document formPage = Jsoup.parse(admin.get(path).body());
        assertThat(formPage.select("select[name=photo] option").eachAttr("value"))
                .contains("", String.valueOf(image));

        Map<String, String> choose = form("Clinic C", "", "", "none", "", false);
        choose.put("photo", String.valueOf(image));
        assertThat(admin.submit(path, path, choose).statusCode()).isEqualTo(302);

        assertThat(profiles.findBySlug("dr-profrev7").orElseThrow().photoImageId())
                .isEqualTo(image);
        assertThat(Http.html(http.get("/reviewers/dr-profrev7")).select("img.reviewer-photo"))
                .hasSize(1);
        assertThat(Jsoup.parse(admin.get(path).body())
                        .selectFirst("select[name=photo] option[selected]")
                        .attr("value"))
                .isEqualTo(String.valueOf(image));

        Map<String, String> remove = form("Clinic C", "", "", "none", "", false);
        remove.put("photo", "");
        assertThat(admin.submit(path, path, remove).statusCode()).isEqualTo(302);

        assertThat(profiles.findBySlug("dr-profrev7").orElseThrow().photoImageId())
                .isNull();
        assertThat(Http.html(http.get("/reviewers/dr-profrev7")).select("img.reviewer-photo"))
                .isEmpty();
    }

    @Test
    void anImageTheLibraryDoesNotHoldIsRefusedWithAMessageAndChangesNothing() {
        people.create("profrev8", Role.REVIEWER);
        Visitor admin = admin("profadmin8");
        String path = "/admin/reviewers/dr-profrev8";

        for (String bad : new String[] {"987654321", "not-a-number", "-3", "99999999999999999999999"}) {
            Map<String, String> form = form("Clinic D", "", "", "none", "", false);
            form.put("photo", bad);
            HttpResponse<String> refused = admin.submit(path, path, form);

            assertThat(refused.statusCode()).as(bad).isEqualTo(422);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.selectFirst("#f-photo-error").text())
                    .as(bad)
                    .isEqualTo("That image is not in the library. Choose one from the list, or \"No photo\".");
            assertThat(page.selectFirst("#f-photo").attr("aria-invalid")).isEqualTo("true");
        }
        ReviewerProfile profile = profiles.findBySlug("dr-profrev8").orElseThrow();
        assertThat(profile.photoImageId()).isNull();
        assertThat(profile.affiliations())
                .as("nothing of a refused form is saved")
                .isEmpty();
    }

    private Visitor admin(String username) {
        people.create(username, Role.ADMIN);
        Visitor admin = http.visitor();
        admin.signIn(username, People.PASSWORD);
        return admin;
    }

    private static Map<String, String> form(
            String affiliations, String body, String number, String disclosure, String disclosures, boolean confirm) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("affiliations", affiliations);
        form.put("licenceBody", body);
        form.put("licenceNumber", number);
        if (!disclosure.isEmpty()) {
            form.put("disclosure", disclosure);
        }
        form.put("disclosures", disclosures);
        if (confirm) {
            form.put("confirm", "true");
        }
        return form;
    }
}
