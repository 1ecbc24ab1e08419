package org.salus.infobutton;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.ArticleListings;
import org.salus.article.CodedArticle;
import org.salus.testsupport.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Infobutton's code lookup on a real PostgreSQL server (the H2 path is covered over HTTP by
 * {@link InfobuttonControllerTests}): the IN list of code forms, the published-and-approved
 * filter, and the roll-up on top of it.
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class KnowledgeFinderPostgresTests {

    @Autowired
    ArticleListings articles;

    @Autowired
    KnowledgeFinder finder;

    @Test
    void findsPublishedArticlesByAnyStoredFormOfTheirCodes() {
        List<CodedArticle> found = articles.findPublishedByCodes("ICD-10-CM", List.of("E11.9", "E119", "E11"), "en");

        assertThat(found).extracting(CodedArticle::slug).containsExactly("type-2-diabetes");
        assertThat(found.get(0).code()).isEqualTo("E11");
        assertThat(found.get(0).publishedAt()).isNotNull();
        assertThat(articles.findPublishedByCodes("ICD-10-CM", List.of("E11"), "es"))
                .extracting(CodedArticle::slug)
                .containsExactly("diabetes-tipo-2"); // the Spanish sample article, never the English one
        assertThat(articles.codeSystemIdsByOid()).containsEntry("2.16.840.1.113883.6.90", "ICD-10-CM");
    }

    @Test
    void findsTheTranslationsOfArticlesCodedInAnotherLanguage() {
        // SNOMED CT 44054006 is on the English "Type 2 Diabetes" only; its Spanish translation answers.
        assertThat(articles.findPublishedByCodes("SNOMED-CT", List.of("44054006"), "es"))
                .isEmpty();
        List<CodedArticle> found = articles.findPublishedTranslationsByCodes("SNOMED-CT", List.of("44054006"), "es");
        assertThat(found).extracting(CodedArticle::slug).containsExactly("diabetes-tipo-2");
        assertThat(found.get(0).language()).isEqualTo("es");
        assertThat(found.get(0).code()).isEqualTo("44054006");
        assertThat(found.get(0).reviewed()).isTrue();
        assertThat(articles.findPublishedTranslationsByCodes("ICD-10-CM", List.of("E66.9"), "es"))
                .isEmpty(); // obesity has no Spanish translation
        assertThat(articles.findPublishedTranslationsByCodes("SNOMED-CT", List.of("44054006"), "en"))
                .isEmpty(); // the English article is no translation of itself

        KnowledgeRequest request = new KnowledgeRequest(
                List.of(new SearchCriterion("", "D007333", "2.16.840.1.113883.6.177", null)),
                "es",
                true,
                null,
                ResponseType.JSON,
                null,
                3);
        assertThat(finder.find(request)).extracting(KnowledgeMatch::slug).containsExactly("resistencia-insulina");
    }

    @Test
    void rollsASpecificCodeUpToTheArticleCodedWithItsCategory() {
        KnowledgeRequest request = new KnowledgeRequest(
                List.of(new SearchCriterion("", "E11.65", "2.16.840.1.113883.6.90", null)),
                "en",
                false,
                null,
                ResponseType.JSON,
                null,
                3);

        assertThat(finder.find(request))
                .extracting(KnowledgeMatch::slug, KnowledgeMatch::matchedCode, KnowledgeMatch::rollUp)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("type-2-diabetes", "E11", 2));
    }
}
