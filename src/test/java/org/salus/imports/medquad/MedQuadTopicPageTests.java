package org.salus.imports.medquad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.salus.importing.ImportOptions;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Imported as syndicated content, a MedQuAD article's page credits its source and carries its codes. */
@SiteTest
@OwnContext("medquad-topic-page")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MedQuadTopicPageTests {

    @Autowired
    MedQuadImporter importer;

    @Autowired
    Http http;

    @BeforeAll
    void importSyndicated(@TempDir Path temp) {
        Path medquad = temp.resolve("data/medquad");
        MedQuadFixtures.unpack(medquad, MedQuadFixtures.documents(""));
        MedQuadFixtures.crosswalk(temp.resolve("data/disease-ontology/" + MedQuadCrosswalk.FILE_NAME));
        importer.run(
                medquad,
                new ImportOptions(ImportOptions.Mode.SYNDICATED),
                Optional.empty(),
                new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void thePageSaysWhoseTextItIsAndThatNoOneHereReviewedIt() {
        Document page = page("/topics/lantern-kidney-syndrome");

        assertThat(page.select("h1").text()).isEqualTo("Lantern Kidney Syndrome");
        assertThat(page.select(".review-line").text())
                .isEqualTo(
                        "From National Institute of Diabetes and Digestive and"
                                + " Kidney Diseases (NIDDK), via MedQuAD; not reviewed by Salus Health. Imported on November 29, 2026.");
        assertThat(page.select(".source").eachText())
                .containsExactly(
                        "SOURCE: National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK). Lantern Kidney Syndrome.",
                        "SOURCE: MedQuAD (Ben Abacha A, Demner-Fushman D. BMC Bioinformatics 20:511, 2019)."
                                + " MedQuAD: Medical Question Answering Dataset, CC BY 4.0.");
        assertThat(page.select(".source a").eachAttr("href"))
                .containsExactly(
                        "https://www.niddk.nih.gov/health-information/lantern-kidney",
                        "https://github.com/abachaa/MedQuAD");
    }

    @Test
    void thePageCarriesTheCodesInItsStructuredData() {
        String jsonLd = page("/topics/lantern-kidney-syndrome")
                .select("script[type=application/ld+json]")
                .html();
        JsonNode page = JsonMapper.builder().build().readTree(jsonLd);

        assertThat(page.at("/sourceOrganization/name").asString())
                .isEqualTo("National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK), via MedQuAD");
        List<String> codes = new ArrayList<>();
        page.at("/about/code")
                .forEach(code -> codes.add(code.get("codingSystem").asString() + " "
                        + code.get("codeValue").asString()));
        assertThat(codes)
                .containsExactly(
                        "UMLS C9000001",
                        "UMLS C9000002",
                        "ICD-10-CM N28.89",
                        "ICD-10-CM N28.9",
                        "ICD-9-CM 593.89",
                        "SNOMED-CT 9000001001",
                        "MESH D900001",
                        "MESH D900002");
        assertThat(page.has("reviewedBy")).isFalse();
    }

    @Test
    void typedSectionsWithListsAreOnThePage() {
        Document page = page("/topics/lantern-kidney-syndrome");

        assertThat(page.select("section.section > h2").eachText())
                .containsExactly(
                        "What is it?",
                        "What are the symptoms?",
                        "What causes it?",
                        "How is it diagnosed?",
                        "How is it treated?",
                        "Living with it",
                        "Points to remember");
        assertThat(page.select("#symptoms li").eachText())
                .containsExactly("tiredness", "swollen ankles", "a faint glow around the lower back");
    }

    @Test
    void anNciPageIsCreditedAsEarlierPdqTextNeverAsTheCurrentSummary() {
        Document page = page("/topics/adult-willow-cell-leukemia");

        assertThat(page.select(".review-line").text())
                .startsWith("From National Cancer Institute (NCI), via MedQuAD; not the current PDQ summary;");
        assertThat(page.select(".source").first().text())
                .isEqualTo(
                        "SOURCE: National Cancer Institute (NCI)."
                                + " Adult Willow Cell Leukemia (text from an earlier PDQ patient summary, not the current version).");
    }

    private Document page(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Http.html(response);
    }
}
