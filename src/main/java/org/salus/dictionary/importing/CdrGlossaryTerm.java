package org.salus.dictionary.importing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.salus.xml.SafeXml;

/**
 * Reads one NCI CDR {@code GlossaryTerm} XML document into the same {@link NciRow} fields as a
 * row of the TSV form, so both forms import alike:
 *
 * <ul>
 * <li>cdr id: the {@code id} attribute of {@code <GlossaryTerm>} ({@code CDR0000044038}, as in
 * the TSV; the file name's shorter number is not used);</li>
 * <li>term, pronunciation, Spanish term: {@code <TermName>}, {@code <TermPronunciation>},
 * {@code <SpanishTermName>};</li>
 * <li>English and Spanish definition: the {@code <DefinitionText>} of one
 * {@code <TermDefinition>} and one {@code <SpanishTermDefinition>}, chosen by audience: the one
 * for {@code Patient} readers of the {@code Cancer.gov} dictionary, else any {@code Patient} one,
 * else the first (a few terms have only a {@code Health professional} definition, e.g. from the
 * {@code Genetics} dictionary). This is the choice the TSV form was made with.</li>
 * </ul>
 *
 * <p>Text is taken with the text of elements inside it ({@code <ScientificName>},
 * {@code <Emphasis>}, ...), and runs of white space, line breaks included, become one space, as in
 * the TSV form. Other elements ({@code <MediaLink>}, {@code <RelatedInformation>}, dates) are not
 * used.
 *
 * <p>Safe against hostile files: parsed with {@link SafeXml}, so the {@code <!DOCTYPE GlossaryTerm >}
 * line every real file has is allowed, but no external DTD or entity is ever fetched and an entity
 * a DOCTYPE declares is not expanded (its use makes the file malformed). Files larger than
 * {@value #MAX_BYTES} bytes are refused unread; real ones are under 5 KB.
 */
final class CdrGlossaryTerm {

    static final int MAX_BYTES = 1024 * 1024;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One {@code <TermDefinition>} or {@code <SpanishTermDefinition>}. */
    record Definition(String text, String dictionary, String audience) {}

    /**
     * The term in {@code xml}, or an entry with the problem that keeps it from being imported.
     *
     * @param where the file's name, for notes
     */
    NciEntry read(String where, byte[] xml) {
        if (xml.length > MAX_BYTES) {
            return NciEntry.bad(where, "the file is larger than " + MAX_BYTES / 1024 + " KB");
        }
        XMLStreamReader reader = null;
        try {
            reader = SafeXml.reader(new ByteArrayInputStream(xml));
            nextChild(reader); // the root element, after the prolog
            if (!reader.getLocalName().equals("GlossaryTerm")) {
                return NciEntry.bad(where, "the root element is <" + reader.getLocalName() + ">, not <GlossaryTerm>");
            }
            NciRow row = glossaryTerm(where, reader);
            while (reader.hasNext()) {
                next(reader); // the rest of the document must be well-formed too
            }
            return NciEntry.of(row);
        } catch (XMLStreamException e) {
            return NciEntry.bad(where, "not well-formed XML (" + describe(e) + ")");
        } finally {
            close(reader);
        }
    }

    private static NciRow glossaryTerm(String where, XMLStreamReader reader) throws XMLStreamException {
        String id = text(reader.getAttributeValue(null, "id"));
        String term = null;
        String pronunciation = null;
        String termEs = null;
        List<Definition> english = new ArrayList<>();
        List<Definition> spanish = new ArrayList<>();
        while (nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "TermName" -> term = first(term, textOf(reader));
                case "TermPronunciation" -> pronunciation = first(pronunciation, textOf(reader));
                case "SpanishTermName" -> termEs = first(termEs, textOf(reader));
                case "TermDefinition" -> english.add(definition(reader));
                case "SpanishTermDefinition" -> spanish.add(definition(reader));
                default -> skip(reader);
            }
        }
        return new NciRow(
                where, id, orEmpty(term), orEmpty(pronunciation), chosen(english), orEmpty(termEs), chosen(spanish));
    }

    /** The text of the definition NCI wrote for patients, as the class comment says; "" if none. */
    static String chosen(List<Definition> definitions) {
        Definition chosen = definitions.stream()
                .filter(d -> "Patient".equals(d.audience()) && "Cancer.gov".equals(d.dictionary()))
                .findFirst()
                .or(() -> definitions.stream()
                        .filter(d -> "Patient".equals(d.audience()))
                        .findFirst())
                .or(() -> definitions.stream().findFirst())
                .orElse(null);
        return chosen == null ? "" : chosen.text();
    }

    private static Definition definition(XMLStreamReader reader) throws XMLStreamException {
        String text = null;
        String dictionary = null;
        String audience = null;
        while (nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "DefinitionText" -> text = first(text, textOf(reader));
                case "Dictionary" -> dictionary = first(dictionary, textOf(reader));
                case "Audience" -> audience = first(audience, textOf(reader));
                default -> skip(reader);
            }
        }
        return new Definition(orEmpty(text), dictionary, audience);
    }

    /** All text inside the current element, nested elements included; leaves the reader on its end tag. */
    private static String textOf(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            switch (next(reader)) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(reader.getText());
                default -> {}
            }
        }
        return text(text.toString());
    }

    /**
     * Moves to the next start or end tag, passing over text, comments and the DOCTYPE.
     *
     * @return true at a start tag (a child of the current element), false at the end tag
     */
    private static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
        while (true) {
            if (!reader.hasNext()) {
                throw new XMLStreamException("the document ends before its root element");
            }
            switch (next(reader)) {
                case XMLStreamConstants.START_ELEMENT -> {
                    return true;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return false;
                }
                default -> {}
            }
        }
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = next(reader);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The next event; an entity reference (SafeXml reports any entity but the predefined five
     * instead of expanding it) makes the whole file unusable rather than leave a hole in its text.
     */
    private static int next(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.next();
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException(
                    "the entity \"" + reader.getLocalName() + "\" is never expanded", reader.getLocation());
        }
        return event;
    }

    private static String text(String raw) {
        return raw == null ? "" : WHITE_SPACE.matcher(raw).replaceAll(" ").strip();
    }

    private static String first(String kept, String next) {
        return kept != null ? kept : next;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** "line 3: The element type ... must be terminated ..." from the parser's message. */
    private static String describe(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        String what = (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
        return e.getLocation() != null && e.getLocation().getLineNumber() > 0
                ? "line " + e.getLocation().getLineNumber() + ": " + what
                : what;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was held open but the byte array
            }
        }
    }
}
