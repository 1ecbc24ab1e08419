package org.salus.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Small helpers for the XML documents of this package. */
final class XmlText {

    // Characters XML 1.0 cannot carry at all (most control characters, lone surrogates, U+FFFE/F):
    // an imported text holding one must not make the whole document unreadable.
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** Writes the children of a document's root element. */
    @FunctionalInterface
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlText() {}

    static String safe(String text) {
        return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
    }

    /** RFC 3339 / W3C Datetime in UTC, to the second: {@code 2026-11-29T12:00:00Z}. */
    static String dateTime(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code <element>text</element>}, the text escaped by the writer. */
    static void element(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(safe(text));
        xml.writeEndElement();
    }

    /** A UTF-8 XML document whose root element is in {@code namespace} (the default namespace). */
    static byte[] document(String root, String namespace, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(namespace);
            body.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the " + root + " document", e);
        }
        return out.toByteArray();
    }
}
