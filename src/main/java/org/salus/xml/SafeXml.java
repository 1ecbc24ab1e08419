package org.salus.xml;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming XML readers hardened for files from outside; every XML file Salus reads goes through
 * here. A DOCTYPE line is allowed (real files have one) but never processed: no external DTD,
 * schema or entity is ever fetched, and no entity is expanded. The five predefined entities
 * ({@code &amp;} ...) and character references read as usual; any other entity, whatever a DOCTYPE
 * declares, is reported as an {@link javax.xml.stream.XMLStreamConstants#ENTITY_REFERENCE} event
 * and never replaced, so an XML external entity (XXE) or a "billion laughs" bomb reads no file and
 * takes no memory. Readers refuse the document (or the part of it) where such an event occurs,
 * rather than import its text with a hole in it.
 */
public final class SafeXml {

    // Finding and configuring a factory costs more than reading a small MedQuAD document, and a
    // factory is not promised to be thread-safe: one per thread, configured once.
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::hardenedFactory);

    private SafeXml() {}

    /** A StAX reader over {@code in}; the caller closes both. */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.get().createXMLStreamReader(in);
    }

    private static XMLInputFactory hardenedFactory() {
        // The JDK's own parser, whatever else is on the class path (Woodstox comes with some
        // libraries), so that every setting below is one it honours.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Never called with the settings above; a last guard should a parser ignore one of them.
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        return factory;
    }
}
