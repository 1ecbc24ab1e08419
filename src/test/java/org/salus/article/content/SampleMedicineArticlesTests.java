package org.salus.article.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.article.PublishedArticle;
import org.salus.quality.ArticleQuality;
import org.salus.quality.CheckStatus;
import org.salus.quality.QualityReport;
import org.salus.review.EditorPages;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled medicine articles (for CDS Hooks order-select, issue 21.3): metformin, atorvastatin
 * and lisinopril in English and Spanish, each coded with its RxNorm ingredient, published with
 * its translation, readable at the site's grade limit with a quality score at the publishing limit,
 * and answered by the Infobutton for its RxNorm code in both languages.
 */
@SiteTest
class SampleMedicineArticlesTests {

    /** English slug, Spanish slug, RxNorm ingredient (RxNav), English title, Spanish title. */
    record Medicine(String en, String es, String rxcui, String title, String titulo) {}

    static final List<Medicine> MEDICINES = List.of(
            new Medicine("metformin", "metformina", "6809", "Metformin", "Metformina"),
            new Medicine("atorvastatin", "atorvastatina", "83367", "Atorvastatin", "Atorvastatina"),
            new Medicine("lisinopril", "lisinopril-medicamento", "29046", "Lisinopril", "Lisinopril"));

    static final String RXNORM_OID = "2.16.840.1.113883.6.88";
    static final double MAX_GRADE = 8; // salus.review.max-reading-grade's default
    static final int MIN_QUALITY = 70; // salus.quality.min-score's default

    @Autowired
    ArticleReader articles;

    @Autowired
    Http http;

    @Autowired
    ArticleQuality checks;

    @Test
    void eachMedicineIsPublishedInBothLanguagesWithItsRxNormCodeAndItsTranslation() {
        for (Medicine medicine : MEDICINES) {
            PublishedArticle en = articles.published(medicine.en()).orElseThrow();
            PublishedArticle es = articles.published(medicine.es()).orElseThrow();

            assertThat(en.title()).isEqualTo(medicine.title());
            assertThat(es.title()).isEqualTo(medicine.titulo());
            assertThat(en.language()).isEqualTo("en");
            assertThat(es.language()).isEqualTo("es");
            for (PublishedArticle article : List.of(en, es)) {
                assertThat(article.codes()).as(article.slug()).anySatisfy(code -> {
                    assertThat(code.system()).isEqualTo("RXNORM");
                    assertThat(code.code()).isEqualTo(medicine.rxcui());
                });
            }
            assertThat(Http.html(http.get("/topics/" + medicine.es()))
                            .select("a[hreflang=en]")
                            .eachAttr("href"))
                    .anyMatch(href -> href.endsWith("/topics/" + medicine.en()));
        }
    }

    @Test
    void eachReadsAtTheGradeLimitAndScoresAtTheQualityLimit() {
        List<String> report = new ArrayList<>();
        for (Medicine medicine : MEDICINES) {
            for (String slug : List.of(medicine.en(), medicine.es())) {
                PublishedArticle article = articles.published(slug).orElseThrow();
                double grade = EditorPages.wholeScore(article.sections(), article.questions())
                        .fleschKincaidGrade();
                QualityReport quality =
                        checks.of(article.language(), article.title(), article.summary(), article.sections());
                List<String> failed = quality.whole().stream()
                        .filter(r -> r.status() == CheckStatus.FAILED)
                        .map(r -> r.item() + " " + r.reasonArgs())
                        .toList();
                report.add("%s: grade %.1f, quality %d, failed %s".formatted(slug, grade, quality.score(), failed));
                assertThat(grade).as(slug + " reading grade").isLessThanOrEqualTo(MAX_GRADE);
                assertThat(quality.score())
                        .as(slug + " quality score, failed " + failed)
                        .isGreaterThanOrEqualTo(MIN_QUALITY);
            }
        }
        System.out.println(String.join("\n", report));
    }

    @Test
    void theInfobuttonAnswersEachRxNormCodeInBothLanguages() {
        for (Medicine medicine : MEDICINES) {
            String query = "/infobutton?mainSearchCriteria.v.cs=" + RXNORM_OID + "&mainSearchCriteria.v.c="
                    + medicine.rxcui() + "&knowledgeResponseType=application/json";

            assertThat(titles(query)).containsExactly(medicine.title());
            assertThat(titles(query + "&informationRecipient.languageCode.c=es"))
                    .containsExactly(medicine.titulo());
        }
    }

    private List<String> titles(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        JsonNode feed = JsonMapper.shared().readTree(response.body()).get("feed");
        feed.get("entry").forEach(e -> titles.add(e.get("title").get("_value").asString()));
        return titles;
    }
}
