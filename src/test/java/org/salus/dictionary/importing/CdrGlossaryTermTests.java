package org.salus.dictionary.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.dictionary.importing.CdrGlossaryTerm.Definition;

class CdrGlossaryTermTests {

    static final Path FIXTURES = Path.of("src/test/resources/dictionary-import/nci-glossary-cdr-xml");

    private final CdrGlossaryTerm parser = new CdrGlossaryTerm();

    @TempDir
    Path temp;

    @Test
    void readsTheFieldsOfAGlossaryTermAsTheTsvHasThem() throws IOException {
        NciEntry entry = read("CDR9000001.xml");

        assertThat(entry.problem()).isNull();
        assertThat(entry.row())
                .isEqualTo(new NciRow(
                        "CDR9000001.xml",
                        "CDR9000001",
                        "glimmer cell tumor",
                        "(GLIM-er sel TOO-mer)",
                        "A rare, slow-growing growth made of cells that look shiny under a microscope. Also called shimmer tumor,"
                                + " GCT, and \"lantern cell\" tumor.",
                        "tumor de células brillantes",
                        "Crecimiento raro y lento formado por células que se ven brillantes al microscopio."));
    }

    @Test
    void aTermWithoutPronunciationOrSpanishHasEmptyFields() throws IOException {
        NciRow row = read("CDR9000004.xml").row();

        assertThat(row.termEs()).isEmpty();
        assertThat(row.definitionEs()).isEmpty();
        assertThat(read("CDR9000005.xml").row().pronunciation()).isEmpty();
    }

    @Test
    void takesTheDefinitionWrittenForPatients() throws IOException {
        assertThat(read("CDR9000002.xml").row().definitionEn()).startsWith("A test definition for a hormone");

        Definition professional = new Definition("for professionals", "Genetics", "Health professional");
        Definition patientElsewhere = new Definition("for patients elsewhere", null, "Patient");
        Definition patientOnCancerGov = new Definition("for patients on Cancer.gov", "Cancer.gov", "Patient");
        assertThat(CdrGlossaryTerm.chosen(List.of(professional, patientElsewhere, patientOnCancerGov)))
                .isEqualTo("for patients on Cancer.gov");
        assertThat(CdrGlossaryTerm.chosen(List.of(professional, patientElsewhere)))
                .isEqualTo("for patients elsewhere");
        assertThat(CdrGlossaryTerm.chosen(List.of(professional))).isEqualTo("for professionals");
        assertThat(CdrGlossaryTerm.chosen(List.of())).isEmpty();
    }

    @Test
    void aFileThatIsNotWellFormedIsAProblemNamingTheFileAndLine() throws IOException {
        NciEntry entry = read("CDR9000008.xml");

        assertThat(entry.row()).isNull();
        assertThat(entry.where()).isEqualTo("CDR9000008.xml");
        assertThat(entry.problem()).startsWith("not well-formed XML (line 5: ").contains("TermDefinition");
    }

    @Test
    void aDocumentThatIsNoGlossaryTermOrLacksItsIdIsAProblem() {
        assertThat(parse("<Summary id=\"CDR1\"><TermName>x</TermName></Summary>")
                        .problem())
                .isEqualTo("the root element is <Summary>, not <GlossaryTerm>");
        assertThat(parse("""
                <GlossaryTerm><TermName>x</TermName><TermDefinition><DefinitionText>An x.</DefinitionText>
                </TermDefinition></GlossaryTerm>""").problem()).isEqualTo("no cdr_id");
        assertThat(parse("").problem()).startsWith("not well-formed XML");
    }

    @Test
    void neverReadsAnExternalEntityOrDtd() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP SECRET");

        NciEntry external = parse("""
                <?xml version="1.0"?>
                <!DOCTYPE GlossaryTerm [<!ENTITY secret SYSTEM "%s">]>
                <GlossaryTerm id="CDR1"><TermName>leak</TermName><TermDefinition>
                <DefinitionText>Here: &secret;</DefinitionText></TermDefinition></GlossaryTerm>""".formatted(secret.toUri()));
        // an external DTD that would fail to load if it were fetched (nothing listens on port 9)
        NciEntry dtd = parse("""
                <?xml version="1.0"?>
                <!DOCTYPE GlossaryTerm SYSTEM "http://127.0.0.1:9/glossary.dtd">
                <GlossaryTerm id="CDR2"><TermName>fine</TermName><TermDefinition>
                <DefinitionText>A definition.</DefinitionText></TermDefinition></GlossaryTerm>""");

        assertThat(external.row()).isNull();
        assertThat(external.problem()).contains("secret").doesNotContain("TOP SECRET");
        assertThat(dtd.problem()).isNull();
        assertThat(dtd.row().definitionEn()).isEqualTo("A definition.");
    }

    @Test
    void doesNotExpandEntitiesADoctypeDeclares() {
        NciEntry laughs = parse("""
                <?xml version="1.0"?>
                <!DOCTYPE GlossaryTerm [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <GlossaryTerm id="CDR1"><TermName>&b;</TermName></GlossaryTerm>""");

        assertThat(laughs.row()).isNull();
        assertThat(laughs.problem()).startsWith("not well-formed XML").contains("\"b\"");
    }

    @Test
    void refusesAFileLargerThanTheLimit() {
        byte[] large = new byte[CdrGlossaryTerm.MAX_BYTES + 1];

        assertThat(parser.read("big.xml", large).problem()).isEqualTo("the file is larger than 1024 KB");
    }

    private NciEntry read(String fixture) throws IOException {
        return parser.read(fixture, Files.readAllBytes(FIXTURES.resolve(fixture)));
    }

    private NciEntry parse(String xml) {
        return parser.read("test.xml", xml.getBytes(StandardCharsets.UTF_8));
    }
}
