package org.salus.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile XML fails cleanly instead of reading files or blowing up memory. */
class SafeXmlTests {

    @TempDir
    Path dir;

    @Test
    void readsOrdinaryXml() throws Exception {
        XMLStreamReader reader = SafeXml.reader(stream("<topics><topic title=\"Gout\">text</topic></topics>"));
        reader.nextTag();
        reader.nextTag();
        assertThat(reader.getAttributeValue(null, "title")).isEqualTo("Gout");
        assertThat(reader.getElementText()).isEqualTo("text");
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><t>&x;</t>";

        assertThat(textOf(xml)).isEqualTo("[&x;]");
    }

    @Test
    void anExternalDtdIsNeverFetched() throws Exception {
        // nothing listens on port 9: fetching the DTD would fail the read
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE t SYSTEM \"http://127.0.0.1:9/t.dtd\"><t>fine</t>";

        assertThat(textOf(xml)).isEqualTo("fine");
    }

    @Test
    void aBillionLaughsBombIsNeverExpanded() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String xml = "<?xml version=\"1.0\"?>" + dtd + "]><lolz>&lol9;</lolz>";

        assertThat(textOf(xml)).isEqualTo("[&lol9;]");
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesStillRead() throws Exception {
        assertThat(textOf("<t>a &lt;b&gt; &amp; &#233;&quot;&apos;</t>")).isEqualTo("a <b> & é\"'");
    }

    @Test
    void malformedXmlNamesTheLine() {
        assertThatThrownBy(() -> textOf("<a>\n<b>\n</a>"))
                .isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("3");
    }

    /** All text the reader reports, an entity reference it does not expand as {@code [&name;]}. */
    private static String textOf(String xml) throws XMLStreamException {
        XMLStreamReader reader = SafeXml.reader(stream(xml));
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.CHARACTERS) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                text.append("[&").append(reader.getLocalName()).append(";]");
            }
        }
        return text.toString();
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
