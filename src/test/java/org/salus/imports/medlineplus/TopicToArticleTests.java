package org.salus.imports.medlineplus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.Code;
import org.salus.article.ContentType;
import org.salus.article.SectionType;
import org.salus.article.Source;
import org.salus.imports.ExternalArticle;

/** What article a MedlinePlus topic becomes, field by field. */
class TopicToArticleTests {

    @Test
    void everyFieldOfATopicHasItsPlace() throws Exception {
        MedlinePlusTopic knee = first("health-topics.xml");
        List<String> notes = new ArrayList<>();

        ExternalArticle article = TopicToArticle.article(knee, List.of("ankle-injuries"), notes::add);

        assertThat(article.source()).isEqualTo("medlineplus");
        assertThat(article.sourceId()).isEqualTo("9001");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.slug()).isEqualTo("knee-pain");
        assertThat(article.type()).isEqualTo(ContentType.SYMPTOM); // in the "Symptoms" group
        assertThat(article.attribution())
                .isEqualTo(
                        "MedlinePlus, National Library of Medicine"
                                + " (primary NIH institute: National Institute of Arthritis and Musculoskeletal and Skin Diseases)");
        assertThat(article.draft().title()).isEqualTo("Knee Pain");
        assertThat(article.draft().summary()).isEqualTo(knee.metaDescription());
        assertThat(article.draft().alsoCalled()).containsExactly("Sore knee", "Knee ache"); // not the title again
        assertThat(article.draft().codes())
                .containsExactly(new Code("MESH", "D018771", "Arthralgia"), new Code("MESH", "D007717", "Knee"));
        assertThat(article.draft().relatedSlugs()).containsExactly("ankle-injuries");
        assertThat(article.draft().sections())
                .extracting(s -> s.type() + ": " + s.heading())
                .containsExactly(
                        "OVERVIEW: What is knee pain?",
                        "CAUSES: What causes knee pain?",
                        "TREATMENT: How is knee pain treated?");
        assertThat(article.draft().sections().get(1).markdown())
                .isEqualTo("Common causes include:\n\n- Injuries, such as a torn ligament\n- Arthritis\n");
        assertThat(article.draft().sources())
                .containsExactly(
                        new Source(
                                "MedlinePlus, National Library of Medicine",
                                "Knee Pain",
                                "https://medlineplus.gov/kneepain.html",
                                null),
                        new Source(
                                "National Institute of Arthritis and Musculoskeletal and Skin Diseases",
                                "National Institute of Arthritis and Musculoskeletal and Skin Diseases",
                                "https://www.niams.nih.gov/",
                                null),
                        new Source(
                                "Example Orthopaedic Society",
                                "Knee Pain: First Aid",
                                "https://example.org/knee-first-aid",
                                null),
                        new Source(
                                "National Library of Medicine",
                                "Knee joint replacement",
                                "https://medlineplus.gov/ency/article/002974.htm",
                                null),
                        new Source(
                                "Example Research Library, Example University",
                                "Knee pain studies",
                                "https://research.example.org/search?term=knee+pain[majr]&lang=en",
                                null));
        // the NON-DISPLAY handout is left out silently, the javascript: link with a note
        assertThat(notes)
                .containsExactly("line 9: topic 9001: site 'Click Me' has no title or no http(s) address"
                        + " (javascript:alert(1)); left out");
    }

    @Test
    void withoutAMetaDescriptionTheSummaryIsTheFirstSentence() throws Exception {
        MedlinePlusTopic spanish = topics("health-topics.xml").get(1);

        ExternalArticle article = TopicToArticle.article(spanish, List.of(), note -> {});

        assertThat(article.language()).isEqualTo("es");
        assertThat(article.slug()).isEqualTo("dolor-de-rodilla");
        assertThat(article.draft().summary())
                .isEqualTo("El dolor de rodilla es un dolor en la rodilla o alrededor de ella.");
        assertThat(article.draft().sections())
                .singleElement()
                .satisfies(s -> assertThat(s.heading()).isEqualTo("Resumen"))
                .satisfies(s -> assertThat(s.type()).isEqualTo(SectionType.OVERVIEW));
        assertThat(article.type()).isEqualTo(ContentType.SYMPTOM); // "Síntomas"
    }

    @Test
    void aTopicOutsideTheSymptomsGroupIsAConditionAndWithoutInstituteCreditsMedlinePlusAlone() throws Exception {
        ExternalArticle ankle =
                TopicToArticle.article(topics("health-topics.xml").get(2), List.of(), note -> {});

        assertThat(ankle.type()).isEqualTo(ContentType.CONDITION);
        assertThat(ankle.attribution()).isEqualTo("MedlinePlus, National Library of Medicine");
    }

    @Test
    void aSpanishTopicSpeltLikeItsEnglishOneAsksForAnAddressOfItsOwn() throws Exception {
        List<MedlinePlusTopic> tinnitus = topics("same-title.xml");

        assertThat(TopicToArticle.wantedSlug(tinnitus.get(0), "es")).isEqualTo("tinnitus-es");
        assertThat(TopicToArticle.wantedSlug(tinnitus.get(1), "en")).isEqualTo("tinnitus");
    }

    @Test
    void topicsThatCannotBeArticlesSayWhy() throws Exception {
        List<MedlinePlusTopic> bad = topics("bad-topics.xml");

        assertThat(TopicToArticle.problem(bad.get(0))).isNull();
        assertThat(TopicToArticle.problem(bad.get(4)))
                .isEqualTo("its language 'French' is not one this site publishes (English, Spanish)");
        assertThat(TopicToArticle.problem(bad.get(5))).isEqualTo("its full summary is missing or holds no text");
        assertThat(TopicToArticle.problem(bad.get(6))).isEqualTo("the topic has no id");
    }

    @Test
    void onlyAbsoluteWebAddressesAreKept() {
        assertThat(TopicToArticle.webAddress("https://www.ncbi.nlm.nih.gov/pubmed?term=pain[majr]"))
                .isNotNull();
        assertThat(TopicToArticle.webAddress("HTTP://EXAMPLE.ORG")).isNotNull();
        assertThat(TopicToArticle.webAddress("javascript:alert(1)")).isNull();
        assertThat(TopicToArticle.webAddress("data:text/html,x")).isNull();
        assertThat(TopicToArticle.webAddress("/relative")).isNull();
        assertThat(TopicToArticle.webAddress("https://example.org/a b")).isNull();
        assertThat(TopicToArticle.webAddress("https://example.org/" + "x".repeat(1000)))
                .isNull();
    }

    private static MedlinePlusTopic first(String fixture) throws Exception {
        return topics(fixture).get(0);
    }

    static List<MedlinePlusTopic> topics(String fixture) throws Exception {
        List<MedlinePlusTopic> topics = new ArrayList<>();
        try (TopicReader reader = TopicReader.open(TopicReaderTests.FIXTURES.resolve(fixture), note -> {})) {
            for (MedlinePlusTopic topic = reader.next(); topic != null; topic = reader.next()) {
                topics.add(topic);
            }
        }
        return topics;
    }
}
