package org.salus.imports.medquad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.imports.medquad.MedQuadDocument.QaPair;

/** Reading MedQuAD's three XML spellings, and refusing files that cannot be trusted, with their line. */
class MedQuadReaderTests {

    static final Path NIH = MedQuadFixtures.NIH;
    static final Path BAD = MedQuadFixtures.BAD;

    @TempDir
    Path temp;

    @Test
    void readsADocument() throws Exception {
        MedQuadDocument document = read(NIH.resolve("3_GHR_QA/0000001.xml"));

        assertThat(document.name()).isEqualTo("3_GHR_QA/0000001.xml");
        assertThat(document.sourceId()).isEqualTo("3_GHR_QA/0000001");
        assertThat(document.url()).isEqualTo("https://ghr.nlm.nih.gov/condition/harbor-finch-syndrome");
        assertThat(document.focus()).isEqualTo("harbor-finch syndrome");
        assertThat(document.cuis()).containsExactly("C9000003");
        assertThat(document.synonyms()).containsExactly("HFS", "Harbor-Finch syndrome", "finch harbor disease", "HFS");
        assertThat(document.pairs())
                .extracting(QaPair::qtype)
                .containsExactly("information", "frequency", "genetic changes", "inheritance", "treatment");
        assertThat(document.pairs().get(1))
                .isEqualTo(new QaPair(
                        "0000001-2",
                        "frequency",
                        "How many people are affected by harbor-finch syndrome ?",
                        "It affects no one, because it is invented.",
                        28));
        assertThat(document.notes()).isEmpty();
    }

    @Test
    void readsTheLowerCaseDocSpellingOfNinds() throws Exception {
        MedQuadDocument document = read(NIH.resolve("6_NINDS_QA/0000001.xml"));

        assertThat(document.focus()).isEqualTo("Marsh Tremor");
        assertThat(document.url()).isEqualTo("https://www.ninds.nih.gov/disorders/marsh-tremor");
        assertThat(document.cuis()).containsExactly("C9000005");
        assertThat(document.pairs())
                .extracting(QaPair::qtype)
                .containsExactly("information", "treatment", "outlook", "research");
        assertThat(document.notes()).isEmpty();
    }

    @Test
    void readsTheDiseaseFileSpellingOfCdc() throws Exception {
        MedQuadDocument document = read(NIH.resolve("9_CDC_QA/0000001.xml"));

        assertThat(document.focus()).isEqualTo("Meadow Fever");
        assertThat(document.cuis()).isEmpty(); // <CUI></CUI>
        assertThat(document.pairs()).extracting(QaPair::qtype).containsExactly("information", "susceptibility");
        assertThat(document.pairs().get(0).answer()).contains("grass pollen – it causes");
    }

    @Test
    void readsTheCategoryOfMedlinePlusTopics() throws Exception {
        assertThat(read(NIH.resolve("4_MPlus_Health_Topics_QA/0000001.xml")).category())
                .isEqualTo("Other");
    }

    @Test
    void aQuestionWithABlankAnswerIsLeftOut() throws Exception {
        assertThat(read(BAD.resolve("no-answers.xml")).pairs()).isEmpty();
    }

    @Test
    void malformedXmlIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read(BAD.resolve("malformed.xml")))
                .isInstanceOf(UnusableDocumentException.class)
                .hasMessageStartingWith("not well-formed XML (The element type \"Answer\" must be terminated")
                .satisfies(
                        e -> assertThat(((UnusableDocumentException) e).line()).isEqualTo(9));
    }

    @Test
    void aFileThatIsNotAMedQuadDocumentIsRefused() {
        assertThatThrownBy(() -> read(BAD.resolve("not-medquad.xml")))
                .isInstanceOf(UnusableDocumentException.class)
                .hasMessage("the root element is <recipe>, not <Document>; this is not a MedQuAD document");
    }

    @Test
    void bytesThatAreNotTheDeclaredUtf8AreRefusedWithTheirLine() throws Exception {
        String text = Files.readString(BAD.resolve("accented.xml"), StandardCharsets.UTF_8);
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1); // still says encoding="UTF-8"

        assertThatThrownBy(() -> MedQuadReader.read("5_NIDDK_QA/x.xml", "5_NIDDK_QA/x", "5_NIDDK_QA", latin1))
                .isInstanceOf(UnusableDocumentException.class)
                .hasMessage(
                        "not UTF-8 text (byte 0xE9), although it is read as UTF-8; is the file in another encoding?")
                .satisfies(
                        e -> assertThat(((UnusableDocumentException) e).line()).isEqualTo(5));
    }

    @Test
    void aFileThatDeclaresItsOtherEncodingIsReadInIt() throws Exception {
        String text = Files.readString(BAD.resolve("accented.xml"), StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");

        MedQuadDocument document = MedQuadReader.read(
                "5_NIDDK_QA/x.xml", "5_NIDDK_QA/x", "5_NIDDK_QA", text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(document.focus()).isEqualTo("Café Kidney");
    }

    @Test
    void anUnknownElementIsIgnoredWithANoteAndTheRestIsRead() throws Exception {
        MedQuadDocument document = read(BAD.resolve("unknown-element.xml"));

        assertThat(document.notes())
                .containsExactly("5_NIDDK_QA/unknown-element.xml:6: unknown element <Reviewer> ignored");
        assertThat(document.pairs()).hasSize(2);
    }

    @Test
    void aRepeatedQuestionIdIsLeftOutWithANote() throws Exception {
        MedQuadDocument document = read(BAD.resolve("duplicate-question-id.xml"));

        assertThat(document.pairs()).extracting(QaPair::answer).containsExactly("The first answer, which is kept.");
        assertThat(document.notes())
                .containsExactly(
                        "5_NIDDK_QA/duplicate-question-id.xml:11: question id 0000094-1 appears a second time; left out");
    }

    @Test
    void escapedHtmlInAnAnswerRefusesTheDocument() {
        assertThatThrownBy(() -> read(BAD.resolve("script-in-answer.xml")))
                .isInstanceOf(UnusableDocumentException.class)
                .hasMessage("the answer to question 0000095-1 contains HTML (<script>); MedQuAD answers are plain text")
                .satisfies(
                        e -> assertThat(((UnusableDocumentException) e).line()).isEqualTo(8));
    }

    @Test
    void markupElementsInAnAnswerRefuseTheDocument() {
        assertThatThrownBy(() -> read(BAD.resolve("markup-in-answer.xml")))
                .isInstanceOf(UnusableDocumentException.class)
                .hasMessage("<answer> contains the element <b>; MedQuAD text is plain text, not markup")
                .satisfies(
                        e -> assertThat(((UnusableDocumentException) e).line()).isEqualTo(8));
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
        Path xxe = Files.writeString(
                temp.resolve("xxe.xml"),
                Files.readString(BAD.resolve("external-entity.xml"))
                        .replace("SECRET_FILE", secret.toUri().toString()));

        assertThatThrownBy(() -> read(xxe))
                .isInstanceOf(UnusableDocumentException.class)
                .hasMessageStartingWith("has a DOCTYPE declaration; MedQuAD documents have none")
                .hasMessageNotContaining("TOP-SECRET")
                .satisfies(
                        e -> assertThat(((UnusableDocumentException) e).line()).isEqualTo(2));
    }

    @Test
    void aBillionLaughsBombIsRefusedBeforeAnythingIsExpanded() {
        assertThatThrownBy(() -> read(BAD.resolve("billion-laughs.xml")))
                .isInstanceOf(UnusableDocumentException.class)
                .hasMessageStartingWith("has a DOCTYPE declaration");
    }

    @Test
    void anHtmlEntityIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read(BAD.resolve("html-entity.xml")))
                .isInstanceOf(UnusableDocumentException.class)
                .hasMessage("uses the entity &nbsp; which XML does not define; entities are never expanded")
                .satisfies(
                        e -> assertThat(((UnusableDocumentException) e).line()).isEqualTo(8));
    }

    private static MedQuadDocument read(Path file) throws IOException, UnusableDocumentException {
        String folder = file.startsWith(NIH) ? file.getParent().getFileName().toString() : "5_NIDDK_QA";
        String name = folder + "/" + file.getFileName();
        return MedQuadReader.read(name, name.replace(".xml", ""), folder, Files.readAllBytes(file));
    }
}
