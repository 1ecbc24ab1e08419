package org.salus.imports.medquad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salus.article.Code;
import org.salus.article.ContentType;
import org.salus.article.SectionDraft;
import org.salus.article.SectionType;
import org.salus.article.Source;
import org.salus.imports.ExternalArticle;
import org.salus.review.ArticleForm;

/** From a MedQuAD document to an article: sections, headings, summary, names, codes and sources. */
class MedQuadArticlesTests {

    static final Path NIH = MedQuadFixtures.NIH;
    static final Path BAD = MedQuadFixtures.BAD;

    final MedQuadCrosswalk crosswalk = MedQuadCrosswalk.load(MedQuadFixtures.CROSSWALK);

    @Test
    void eachQuestionTypeBecomesItsSectionInPageOrderWithConsumerHeadings() throws Exception {
        ExternalArticle article = map("5_NIDDK_QA/0000001.xml").article();

        assertThat(article.draft().sections())
                .extracting(SectionDraft::type, SectionDraft::heading)
                .containsExactly(
                        tuple(SectionType.OVERVIEW, "What is it?"),
                        tuple(SectionType.SYMPTOMS, "What are the symptoms?"),
                        tuple(SectionType.CAUSES, "What causes it?"),
                        tuple(SectionType.DIAGNOSIS, "How is it diagnosed?"),
                        tuple(SectionType.TREATMENT, "How is it treated?"),
                        tuple(SectionType.LIVING_WITH, "Living with it"),
                        tuple(SectionType.OTHER, "Points to remember"));
    }

    @Test
    void answersForOneSectionAreJoinedAndListsBecomeMarkdownLists() throws Exception {
        List<SectionDraft> sections =
                map("5_NIDDK_QA/0000001.xml").article().draft().sections();

        assertThat(sections.get(0).markdown()).isEqualTo("""
                Lantern kidney syndrome is a made-up kidney condition in which the kidneys glow faintly after salty \
                meals. It is used only to test this importer.

                The Kidneys

                The kidneys filter the blood. They do three jobs:

                - They remove waste.
                - They balance salt and water.
                - They help control blood pressure.

                Most people with lantern kidney syndrome feel well for many years.
                """);
        assertThat(sections.get(1).markdown()).isEqualTo("""
                Symptoms can include:

                - tiredness
                - swollen ankles
                - a faint glow around the lower back

                Some people have no symptoms at all.
                """);
    }

    @Test
    void anAnswerRepeatedWordForWordIsKeptOnce() throws Exception {
        // "complications" repeats the treatment answer, so no complications section is made
        assertThat(map("5_NIDDK_QA/0000001.xml").article().draft().sections())
                .extracting(SectionDraft::heading)
                .doesNotContain("What are the complications?");
    }

    @Test
    void geneticChangesAreTheCausesAndGeneticsHomeReferenceSectionsAreOther() throws Exception {
        ExternalArticle article = map("3_GHR_QA/0000001.xml").article();

        assertThat(article.draft().sections())
                .extracting(SectionDraft::type, SectionDraft::heading)
                .containsExactly(
                        tuple(SectionType.OVERVIEW, "What is it?"),
                        tuple(SectionType.CAUSES, "What causes it?"),
                        tuple(SectionType.OTHER, "How common is it?"),
                        tuple(SectionType.OTHER, "Is it inherited?"),
                        tuple(SectionType.TREATMENT, "How is it treated?"));
        // paragraphs that the crawl joined with two spaces are paragraphs again
        assertThat(article.draft().sections().get(0).markdown()).isEqualTo("""
                Harbor-finch syndrome is an invented inherited condition that affects the hands and the voice.

                People with it have long fingers and a high, clear voice.

                It was made up for software tests.
                """);
    }

    @Test
    void cancerSectionsIncludeRiskStagesOutlookAndResearch() throws Exception {
        assertThat(map("1_CancerGov_QA/0000001_1.xml").article().draft().sections())
                .extracting(SectionDraft::type, SectionDraft::heading)
                .containsExactly(
                        tuple(SectionType.OVERVIEW, "What is it?"),
                        tuple(SectionType.SYMPTOMS, "What are the symptoms?"),
                        tuple(SectionType.OTHER, "Who is at risk?"),
                        tuple(SectionType.DIAGNOSIS, "How is it diagnosed?"),
                        tuple(SectionType.OTHER, "What are the stages?"),
                        tuple(SectionType.TREATMENT, "How is it treated?"),
                        tuple(SectionType.OTHER, "What is the outlook?"),
                        tuple(SectionType.OTHER, "What research is being done?"));
    }

    @Test
    void titleSlugSummaryAndOtherNames() throws Exception {
        ExternalArticle article = map("3_GHR_QA/0000001.xml").article();

        assertThat(article.source()).isEqualTo("medquad");
        assertThat(article.sourceId()).isEqualTo("3_GHR_QA/0000001");
        assertThat(article.draft().title()).isEqualTo("Harbor-finch syndrome");
        assertThat(article.slug()).isEqualTo("harbor-finch-syndrome");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.type()).isEqualTo(ContentType.CONDITION);
        assertThat(article.draft().summary())
                .isEqualTo(
                        "Harbor-finch syndrome is an invented inherited condition that"
                                + " affects the hands and the voice. People with it have long fingers and a high, clear voice.");
        // repeated names and the title itself (in any case) are left out
        assertThat(article.draft().alsoCalled()).containsExactly("HFS", "finch harbor disease");
    }

    @Test
    void theSummarySkipsHeadingsLikeKeyPointsAndRepeatedSentences() throws Exception {
        assertThat(map("1_CancerGov_QA/0000001_1.xml").article().draft().summary())
                .isEqualTo("Adult willow cell leukemia is an invented cancer of the blood. It grows slowly."
                        + " In this made-up disease the bone marrow makes too many willow cells.");
    }

    @Test
    void sourcesNameTheInstituteThePageAndMedQuad() throws Exception {
        ExternalArticle article = map("5_NIDDK_QA/0000001.xml").article();

        assertThat(article.attribution())
                .isEqualTo("National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK), via MedQuAD");
        assertThat(article.draft().sources())
                .containsExactly(
                        new Source(
                                "National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)",
                                "Lantern Kidney Syndrome",
                                "https://www.niddk.nih.gov/health-information/lantern-kidney",
                                null),
                        new Source(
                                "MedQuAD (Ben Abacha A, Demner-Fushman D. BMC Bioinformatics 20:511, 2019)",
                                "MedQuAD: Medical Question Answering Dataset, CC BY 4.0",
                                "https://github.com/abachaa/MedQuAD",
                                null));
    }

    @Test
    void cancerGovTextIsNeverPresentedAsTheCurrentPdqSummary() throws Exception {
        ExternalArticle article = map("1_CancerGov_QA/0000001_1.xml").article();

        assertThat(article.attribution())
                .isEqualTo("National Cancer Institute (NCI), via MedQuAD; not the current PDQ summary");
        Source page = article.draft().sources().get(0);
        assertThat(page.organisation()).isEqualTo("National Cancer Institute (NCI)");
        assertThat(page.title())
                .isEqualTo(
                        "Adult Willow Cell Leukemia (text from an earlier PDQ patient summary, not the current version)");
    }

    @Test
    void everySubsetCreditsItsOwnOrganisation() throws Exception {
        assertThat(map("3_GHR_QA/0000001.xml")
                        .article()
                        .draft()
                        .sources()
                        .get(0)
                        .organisation())
                .isEqualTo("Genetics Home Reference (now MedlinePlus Genetics), National Library of Medicine");
        assertThat(map("4_MPlus_Health_Topics_QA/0000001.xml").article().attribution())
                .isEqualTo("MedlinePlus, National Library of Medicine, via MedQuAD");
        assertThat(map("6_NINDS_QA/0000001.xml").article().attribution())
                .isEqualTo("National Institute of Neurological Disorders and Stroke (NINDS), via MedQuAD");
        assertThat(map("7_SeniorHealth_QA/0000001.xml").article().attribution())
                .isEqualTo(
                        "NIHSeniorHealth, National Institute on Aging and National Library of Medicine, via MedQuAD");
        assertThat(map("8_NHLBI_QA_XML/0000001.xml").article().attribution())
                .isEqualTo("National Heart, Lung, and Blood Institute (NHLBI), via MedQuAD");
        assertThat(map("9_CDC_QA/0000001.xml").article().attribution())
                .isEqualTo("Centers for Disease Control and Prevention (CDC), via MedQuAD");
    }

    @Test
    void medlinePlusTopicsThatAreNotDiseasesAreNotCalledConditions() throws Exception {
        assertThat(map("4_MPlus_Health_Topics_QA/0000001.xml").article().type()).isEqualTo(ContentType.FAQ);
    }

    @Test
    void cuisAreUmlsCodesAndTheCrosswalkAddsIcdSnomedAndMeshCodesOnce() throws Exception {
        assertThat(map("5_NIDDK_QA/0000001.xml").article().draft().codes())
                .containsExactly(
                        new Code("UMLS", "C9000001", "lantern kidney syndrome"),
                        new Code("UMLS", "C9000002", "glowing kidney disease"),
                        new Code("ICD-10-CM", "N28.89", "lantern kidney syndrome"),
                        new Code("ICD-10-CM", "N28.9", "glowing kidney disease"),
                        new Code("ICD-9-CM", "593.89", "lantern kidney syndrome"),
                        new Code("SNOMED-CT", "9000001001", "lantern kidney syndrome"),
                        new Code("MESH", "D900001", "lantern kidney syndrome"),
                        new Code("MESH", "D900002", "glowing kidney disease"));
    }

    @Test
    void withoutTheCrosswalkOnlyUmlsCodesNamedAfterTheTitle() throws Exception {
        assertThat(map("5_NIDDK_QA/0000001.xml", MedQuadCrosswalk.EMPTY)
                        .article()
                        .draft()
                        .codes())
                .containsExactly(
                        new Code("UMLS", "C9000001", "Lantern Kidney Syndrome"),
                        new Code("UMLS", "C9000002", "Lantern Kidney Syndrome"));
    }

    @Test
    void aCodeFromADiseaseWithoutALabelIsNamedAfterTheTitle() throws Exception {
        assertThat(map("1_CancerGov_QA/0000001_1.xml").article().draft().codes())
                .containsExactly(
                        new Code("UMLS", "C9000004", "Adult Willow Cell Leukemia"),
                        new Code("ICD-10-CM", "C91.90", "Adult Willow Cell Leukemia"));
    }

    @Test
    void anUnknownQuestionTypeBecomesAnOtherSectionWithANote() throws Exception {
        MedQuadArticles.Mapped mapped = map(BAD, "unknown-element.xml");

        assertThat(mapped.article().draft().sections())
                .extracting(SectionDraft::type, SectionDraft::heading)
                .containsExactly(tuple(SectionType.OVERVIEW, "What is it?"), tuple(SectionType.OTHER, "Side effects"));
        assertThat(mapped.notes())
                .containsExactly(
                        "5_NIDDK_QA/unknown-element.xml:6: unknown element <Reviewer> ignored",
                        "5_NIDDK_QA/unknown-element.xml:14: question type 'side effects' is not one MedQuAD's NIH subsets use;"
                                + " imported as a section headed 'Side effects'");
    }

    @Test
    void aDocumentWithoutAnsweredQuestionsOrWithoutAFocusCannotBeAnArticle() {
        assertThatThrownBy(() -> map(BAD, "no-answers.xml"))
                .isInstanceOf(UnusableDocumentException.class)
                .hasMessage("no question has an answer");
        assertThatThrownBy(() -> map(BAD, "no-focus.xml"))
                .isInstanceOf(UnusableDocumentException.class)
                .hasMessage("no <Focus>, so the article would have no title");
    }

    @Test
    void everyImportedArticleCanBeEditedInTheArticleEditor() throws Exception {
        for (String file : List.of(
                "1_CancerGov_QA/0000001_1.xml",
                "3_GHR_QA/0000001.xml",
                "4_MPlus_Health_Topics_QA/0000001.xml",
                "5_NIDDK_QA/0000001.xml",
                "6_NINDS_QA/0000001.xml",
                "7_SeniorHealth_QA/0000001.xml",
                "8_NHLBI_QA_XML/0000001.xml",
                "9_CDC_QA/0000001.xml")) {
            ExternalArticle article = map(file).article();
            ArticleForm form = ArticleForm.of(article.slug(), article.type(), article.draft(), 1);

            ArticleForm.Result parsed = new ArticleForm(
                            form.slug(),
                            form.title(),
                            form.contentType(),
                            form.summary(),
                            form.alsoCalled(),
                            form.codes(),
                            form.sources(),
                            form.related(),
                            form.translationOf(),
                            form.body(),
                            "Edited",
                            "editorial",
                            1)
                    .parse("writer", Set.of("ICD-10-CM", "ICD-9-CM", "SNOMED-CT", "MESH", "UMLS"));

            assertThat(parsed.errors()).as(file).isEmpty();
            assertThat(parsed.draft().sections())
                    .as(file)
                    .isEqualTo(article.draft().sections());
            assertThat(parsed.draft().codes())
                    .as(file)
                    .isEqualTo(article.draft().codes());
        }
    }

    private MedQuadArticles.Mapped map(String file) throws Exception {
        return map(file, crosswalk);
    }

    private MedQuadArticles.Mapped map(String file, MedQuadCrosswalk with) throws Exception {
        Path path = NIH.resolve(file);
        String folder = path.getParent().getFileName().toString();
        MedQuadDocument document = MedQuadReader.read(file, file.replace(".xml", ""), folder, Files.readAllBytes(path));
        return MedQuadArticles.of(document, MedQuadSubset.ofFolder(folder).orElseThrow(), with);
    }

    private MedQuadArticles.Mapped map(Path folder, String file) throws Exception {
        String name = "5_NIDDK_QA/" + file;
        MedQuadDocument document = MedQuadReader.read(
                name, name.replace(".xml", ""), "5_NIDDK_QA", Files.readAllBytes(folder.resolve(file)));
        return MedQuadArticles.of(document, MedQuadSubset.NIDDK, crosswalk);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
