package org.salus.infobutton;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.salus.infobutton.KnowledgeFeed.Category;
import org.salus.infobutton.KnowledgeFeed.Entry;

/**
 * Writes a knowledge response as an Atom feed with the JDK's StAX writer, which escapes every
 * text and attribute (OpenInfobutton's JSP printed request values unescaped into its
 * categories). Element order follows the knowledge-response schema (KnowledgeResponse.xsd) and
 * MedlinePlus Connect's feed; language is given on the feed and on every entry ({@code xml:lang})
 * and link ({@code hreflang}), as SOA-IG §4.2.3.2 requires.
 */
final class AtomFeedWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private AtomFeedWriter() {}

    static byte[] write(KnowledgeFeed feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", feed.language());
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "base", feed.base());
            text(xml, "title", feed.title());
            text(xml, "subtitle", feed.subtitle());
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", feed.authorName());
            element(xml, "uri", feed.authorUri());
            xml.writeEndElement();
            element(xml, "updated", time(feed.updated()));
            categories(xml, feed.categories());
            element(xml, "id", feed.id());
            // The feed's own address (RFC 4287 §4.2.7.2; the W3C feed validator asks for it),
            // after id as KnowledgeResponse.xsd orders a feed's children.
            link(xml, feed.self(), "self", "application/atom+xml", feed.language(), feed.subtitle());
            for (Entry entry : feed.entries()) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the knowledge response", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", entry.language());
        text(xml, "title", entry.title());
        link(xml, entry.href(), "alternate", "text/html", entry.language(), entry.title());
        element(xml, "id", entry.id());
        element(xml, "updated", time(entry.updated()));
        text(xml, "summary", entry.summary());
        categories(xml, entry.categories());
        xml.writeEndElement();
    }

    /** KnowledgeResponse.xsd requires all five attributes on every link. */
    private static void link(XMLStreamWriter xml, String href, String rel, String type, String language, String title)
            throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("href", href);
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("hreflang", language);
        xml.writeAttribute("title", title);
    }

    /**
     * Schemes are URL-IG parameter names ({@code mainSearchCriteria.v.c}), not URIs as RFC 4287
     * wants: SOA-IG §4.2.3.1 says so, MedlinePlus Connect sends them, and its clients look the
     * criteria up by these names. The W3C feed validator's complaint about them is accepted.
     */
    private static void categories(XMLStreamWriter xml, Iterable<Category> categories) throws XMLStreamException {
        for (Category category : categories) {
            xml.writeEmptyElement(ATOM, "category");
            xml.writeAttribute("scheme", category.scheme());
            xml.writeAttribute("term", category.term());
        }
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeAttribute("type", "text");
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
