package org.salus.imports.medlineplus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.salus.importing.ImportFailedException;
import org.salus.xml.SafeXml;

/**
 * Reads the topics of a MedlinePlus XML file one at a time, so only one topic is ever in memory
 * (a full file is about 30 MB). {@link #open} picks the reader for the file's schema by its root
 * element. Parsing goes through {@link SafeXml}: no DTD is processed and no entity is expanded.
 *
 * <p>Elements a schema does not know are skipped, and noted once per name. A topic whose text
 * holds an entity reference (the way an XML external entity or a "billion laughs" bomb reaches
 * the text) comes back with a {@link MedlinePlusTopic#refusal() refusal}, so the importer skips
 * just that topic.
 *
 * <p>A topic may hold at most {@link #MAX_TOPIC_CHARS} characters of text and attribute values
 * (a whole MedlinePlus file of some 2,000 topics is about 30 MB): a larger one is read past without keeping its text and
 * comes back refused, so one oversized topic cannot fill the memory or become a huge page.
 */
abstract class TopicReader implements AutoCloseable {

    protected final XMLStreamReader xml;
    private final InputStream in;
    private final Consumer<String> notes;
    private final Set<String> unknownNoted = new HashSet<>();
    private String refusal;
    private long spent;

    /** The most characters of text and attributes one topic may hold (elements count 16 each). */
    static final int MAX_TOPIC_CHARS = 1 << 20;

    private static final int ELEMENT_COST = 16;

    protected TopicReader(XMLStreamReader xml, InputStream in, Consumer<String> notes) {
        this.xml = xml;
        this.in = in;
        this.notes = notes;
    }

    /**
     * Opens {@code file} and reads up to its root element.
     *
     * @param notes receives one line for each thing worth telling the publisher (unknown elements)
     * @throws ImportFailedException when the file is not one of the two MedlinePlus schemas
     * @throws XMLStreamException    when the file is not XML up to its root element
     */
    static TopicReader open(Path file, Consumer<String> notes) throws IOException, XMLStreamException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            XMLStreamReader xml = SafeXml.reader(in);
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // the prolog: XML declaration, DOCTYPE (never loaded), comments
            }
            if (!xml.isStartElement()) {
                throw new ImportFailedException(file + ": the file holds no XML element");
            }
            return switch (xml.getLocalName()) {
                case HealthTopicsReader.ROOT -> new HealthTopicsReader(xml, in, notes);
                case VocabularyReader.ROOT -> new VocabularyReader(xml, in, notes);
                default ->
                    throw new ImportFailedException(
                            file + ": not a MedlinePlus topics file: its root element is <" + xml.getLocalName()
                                    + ">, not <" + HealthTopicsReader.ROOT + "> or <" + VocabularyReader.ROOT + ">");
            };
        } catch (XMLStreamException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The next topic, or null after the last one.
     *
     * @throws XMLStreamException when the XML is malformed or not in its declared encoding; its
     *                            location names the line
     */
    abstract MedlinePlusTopic next() throws XMLStreamException;

    /** How many topics the file says it holds (its {@code total} attribute), or 0 when it does not say. */
    abstract int total();

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing the parser releases nothing the stream's close does not
        } finally {
            in.close();
        }
    }

    // ---- helpers for the schema readers --------------------------------------------------------

    /** Starts reading a topic: forgets the previous topic's refusal. */
    protected void startTopic() {
        refusal = null;
        spent = attributesLength() + ELEMENT_COST;
    }

    /** Why the topic being read must be skipped, or null. */
    protected String refusal() {
        return refusal;
    }

    protected int line() {
        return xml.getLocation().getLineNumber();
    }

    /** The attribute of the current start tag, stripped; null when absent or blank. */
    protected String attr(String name) {
        return clean(xml.getAttributeValue(null, name));
    }

    /**
     * Moves to the next child element of the current element.
     *
     * @return false when the current element ended instead
     */
    protected boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (spend(attributesLength() + ELEMENT_COST)) {
                    return true;
                }
                skip(); // over the limit: pass over this child and every one after it
                continue;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                refuse();
            }
        }
        return false;
    }

    /**
     * All text inside the current element, up to its end tag. Child elements are not expected in
     * a text element: they are skipped (and noted once).
     */
    protected String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (spend(xml.getTextLength())) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> refuse();
                case XMLStreamConstants.START_ELEMENT -> {
                    unknown();
                    skip();
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                default -> {
                    // comments and processing instructions carry nothing to import
                }
            }
        }
    }

    /** {@link #text()} with runs of white space made one space; null when empty. */
    protected String cleanText() throws XMLStreamException {
        return clean(text());
    }

    /** Skips the current element and everything in it. */
    protected void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Notes, once per name, an element this schema does not have; the caller skips it. */
    protected void unknown() {
        String name = xml.getLocalName();
        if (unknownNoted.add(name)) {
            notes.accept("line " + line() + ": element <" + name + "> is not part of the MedlinePlus schema; ignored"
                    + " (here and wherever else it occurs)");
        }
    }

    /** Counts {@code chars} against the topic's limit; false (and the topic refused) once it is over. */
    private boolean spend(long chars) {
        spent += chars;
        if (spent <= MAX_TOPIC_CHARS) {
            return true;
        }
        if (refusal == null) {
            refusal = "it is larger than the limit of " + (MAX_TOPIC_CHARS >> 10) + " K characters for one topic"
                    + "; its text was not kept";
        }
        return false;
    }

    private long attributesLength() {
        long length = 0;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            length += xml.getAttributeValue(i).length()
                    + xml.getAttributeLocalName(i).length();
        }
        return length;
    }

    private void refuse() {
        if (refusal == null) {
            refusal = "line " + line() + ": it uses the entity &" + xml.getLocalName() + "; which is never expanded"
                    + " (a file's DTD entities could read local files or exhaust memory)";
        }
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.strip().replaceAll("\\s+", " ");
        return clean.isEmpty() ? null : clean;
    }
}
