package org.salus.imports.medlineplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.importing.ImportFailedException;

/** Both MedlinePlus schemas are read field by field, one topic at a time. */
class TopicReaderTests {

    static final Path FIXTURES = Path.of("src/test/resources/imports/medlineplus");

    @TempDir
    Path temp;

    @Test
    void readsEveryFieldOfTodaysSchema() throws Exception {
        List<String> notes = new ArrayList<>();
        try (TopicReader reader = TopicReader.open(FIXTURES.resolve("health-topics.xml"), notes::add)) {
            assertThat(reader).isInstanceOf(HealthTopicsReader.class);
            assertThat(reader.total()).isEqualTo(3);
            MedlinePlusTopic knee = reader.next();

            assertThat(knee.id()).isEqualTo("9001");
            assertThat(knee.line()).isEqualTo(9); // where its start tag (lines 7-9) ends, as the parser reports it
            assertThat(knee.title()).isEqualTo("Knee Pain");
            assertThat(knee.url()).isEqualTo("https://medlineplus.gov/kneepain.html");
            assertThat(knee.language()).isEqualTo("English");
            assertThat(knee.metaDescription()).startsWith("Knee pain is pain in or around the knee.");
            assertThat(knee.alsoCalled()).containsExactly("Sore knee", "Knee ache", "Knee Pain");
            assertThat(knee.summaryHtml())
                    .contains("<h3>What is knee pain?</h3>")
                    .contains("<strong>common</strong>");
            assertThat(knee.groups())
                    .containsExactly(
                            new MedlinePlusTopic.Group(
                                    "5",
                                    "Bones, Joints and Muscles",
                                    "https://medlineplus.gov/bonesjointsandmuscles.html"),
                            new MedlinePlusTopic.Group("31", "Symptoms", "https://medlineplus.gov/symptoms.html"));
            assertThat(knee.translations())
                    .containsExactly(new MedlinePlusTopic.MappedTopic("9002", "Dolor de rodilla", "Spanish"));
            assertThat(knee.meshHeadings())
                    .containsExactly(
                            new MedlinePlusTopic.MeshHeading("D018771", "Arthralgia"),
                            new MedlinePlusTopic.MeshHeading("D007717", "Knee"));
            assertThat(knee.primaryInstitute())
                    .isEqualTo(new MedlinePlusTopic.Institute(
                            "National Institute of Arthritis and Musculoskeletal and Skin Diseases",
                            "https://www.niams.nih.gov/"));
            assertThat(knee.relatedIds()).containsExactly("9003");
            assertThat(knee.sites()).hasSize(5);
            assertThat(knee.sites().get(4))
                    .isEqualTo(new MedlinePlusTopic.Site(
                            "Knee pain studies",
                            "https://research.example.org/search?term=knee+pain[majr]&lang=en",
                            List.of("Example Research Library", "Example University"),
                            List.of("Journal Articles")));
            assertThat(knee.refusal()).isNull();

            assertThat(reader.next().language()).isEqualTo("Spanish");
            assertThat(reader.next().metaDescription()).isNull();
            assertThat(reader.next()).isNull();
        }
        assertThat(notes).isEmpty(); // every element of the fixture is part of the schema
    }

    @Test
    void readsTheOlderVocabularySchemaIntoTheSameForm() throws Exception {
        try (TopicReader reader = TopicReader.open(FIXTURES.resolve("medical-topics.xml"), note -> {})) {
            assertThat(reader).isInstanceOf(VocabularyReader.class);
            assertThat(reader.total()).isEqualTo(3);
            MedlinePlusTopic spanish = reader.next();
            MedlinePlusTopic english = reader.next();

            assertThat(spanish.id()).isEqualTo("9502");
            assertThat(spanish.language()).isEqualTo("Spanish");
            assertThat(spanish.alsoCalled()).containsExactly("Agua subterránea");
            assertThat(spanish.translations())
                    .containsExactly(new MedlinePlusTopic.MappedTopic("9501", null, "English"));
            assertThat(english.title()).isEqualTo("Well Water");
            assertThat(english.url()).isEqualTo("https://medlineplus.gov/wellwater.html");
            assertThat(english.summaryHtml())
                    .isEqualTo("<p>Well water comes from under the ground. It is wise to test it every year.</p>");
            assertThat(english.meshHeadings())
                    .containsExactly(new MedlinePlusTopic.MeshHeading("D000070", "Water Wells"));
            assertThat(english.groups())
                    .containsExactly(new MedlinePlusTopic.Group(
                            "26", "Food and Nutrition", "https://medlineplus.gov/foodandnutrition.html"));
            assertThat(english.relatedIds()).containsExactly("9503");
            assertThat(english.alsoCalled()).isEmpty(); // see-references are not names
        }
    }

    @Test
    void unknownElementsAreSkippedAndNotedOncePerName() throws Exception {
        List<String> notes = new ArrayList<>();
        try (TopicReader reader = TopicReader.open(FIXTURES.resolve("bad-topics.xml"), notes::add)) {
            while (reader.next() != null) {
                // read all
            }
        }
        assertThat(notes)
                .containsExactly(
                        "line 10: element <advert> is not part of the MedlinePlus schema; ignored (here and wherever else it occurs)",
                        "line 12: element <mystery-element> is not part of the MedlinePlus schema; ignored (here and wherever else it occurs)",
                        "line 15: element <sparkle> is not part of the MedlinePlus schema; ignored (here and wherever else it occurs)");
    }

    @Test
    void anEntityInATopicsTextRefusesTheTopicWithoutExpandingIt() throws Exception {
        Path file = Files.writeString(temp.resolve("entity.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE health-topics [<!ENTITY boom "BOOM">]>
                <health-topics>
                <health-topic id="1" title="A" language="English"><full-summary>x &boom; y</full-summary></health-topic>
                </health-topics>""");
        try (TopicReader reader = TopicReader.open(file, note -> {})) {
            MedlinePlusTopic topic = reader.next();
            assertThat(topic.refusal()).startsWith("line 4: it uses the entity &boom; which is never expanded");
            assertThat(topic.summaryHtml()).doesNotContain("BOOM");
        }
    }

    @Test
    void aFileOfAnotherKindIsRefusedByItsRootElement() throws Exception {
        Path file = Files.writeString(temp.resolve("page.xml"), "<html><body/></html>");

        assertThatThrownBy(() -> TopicReader.open(file, note -> {}))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageEndingWith(
                        "not a MedlinePlus topics file: its root element is <html>, not <health-topics> or <MedicalTopics>");
    }

    @Test
    void malformedXmlNamesItsLine() throws Exception {
        try (TopicReader reader = TopicReader.open(FIXTURES.resolve("malformed.xml"), note -> {})) {
            assertThat(reader.next().id()).isEqualTo("9101");
            assertThat(reader.next().id()).isEqualTo("9102");
            assertThatThrownBy(reader::next)
                    .isInstanceOf(XMLStreamException.class)
                    .satisfies(e -> assertThat(
                                    ((XMLStreamException) e).getLocation().getLineNumber())
                            .isEqualTo(16));
        }
    }
}
