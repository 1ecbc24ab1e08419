package org.salus.imports.medquad;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.salus.xml.SafeXml;

/**
 * Reads one MedQuAD XML file with {@link SafeXml}. Three spellings occur in the data and are all
 * read: {@code <Document id source url>} with {@code <Focus>}, {@code <QAPairs><QAPair>} (almost
 * every file), {@code <DiseaseFile fid source url>} with the same children (one CDC file), and
 * {@code <doc docid corpus url>} with {@code <doctitle-focus>}, {@code <umls><cui>},
 * {@code <qaPairs><pair><question><answer>} (four NINDS files). The ids and the {@code source}
 * attribute are not used: the record id is the file's own name and the organisation comes from
 * its subset folder (several NCI files share one {@code id}).
 *
 * <p>A document is refused, with the line, when it cannot be trusted: not well-formed, not the
 * UTF-8 it declares, a DOCTYPE (MedQuAD has none; refusing it keeps external entities and entity
 * bombs out whatever the parser does), an entity reference XML does not define, or markup in an
 * answer, whether as elements or as escaped HTML tags: MedQuAD answers are plain text, so markup
 * means the file is not what it claims. Smaller faults are kept as notes and the rest of the
 * document is used: an element this reader does not know is ignored, and a question whose id
 * appeared before in the file is left out.
 */
final class MedQuadReader {

    private static final Set<String> ROOTS = Set.of("document", "doc", "diseasefile");
    private static final Set<String> CONTAINERS =
            Set.of("focusannotations", "umls", "cuis", "semantictypes", "synonyms", "qapairs");
    private static final Set<String> IGNORED = Set.of("semantictype", "semanticgroup");
    private static final Pattern HTML = Pattern.compile(
            "<\\s*/?\\s*(a|abbr|b|blockquote|body|br|button|div|em|embed"
                    + "|font|form|h[1-6]|head|hr|html|i|iframe|img|input|li|link|meta|object|ol|p|pre|script|span|strong|style"
                    + "|sub|sup|svg|table|td|th|tr|u|ul)(\\s[^<>]*)?/?\\s*>|<!--",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private MedQuadReader() {}

    /**
     * @param name     the file as the report names it, e.g. {@code 5_NIDDK_QA/0000044.xml}
     * @param sourceId the record id the article will carry
     * @param folder   the subset folder the file is in
     */
    static MedQuadDocument read(String name, String sourceId, String folder, byte[] xml)
            throws UnusableDocumentException {
        checkUtf8(xml);
        try {
            XMLStreamReader reader = SafeXml.reader(new ByteArrayInputStream(xml));
            try {
                return new Parse(name, sourceId, folder, reader).document();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            throw new UnusableDocumentException(Math.max(line, 0), "not well-formed XML (" + parserMessage(e) + ")");
        }
    }

    /**
     * Refuses bytes that are not UTF-8 when the file says (or, by XML's default, means) UTF-8:
     * the JDK parser would report it only as a bare "Invalid byte" on the console.
     */
    private static void checkUtf8(byte[] xml) throws UnusableDocumentException {
        boolean ascii = true;
        for (byte b : xml) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return;
        }
        if (xml.length >= 2
                && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF)
                        || (xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE))) {
            return; // UTF-16 with a byte-order mark: the parser reads it
        }
        int bom = xml.length >= 3 && xml[0] == (byte) 0xEF && xml[1] == (byte) 0xBB && xml[2] == (byte) 0xBF ? 3 : 0;
        Matcher declared = DECLARED_ENCODING.matcher(
                new String(xml, bom, Math.min(xml.length - bom, 200), StandardCharsets.ISO_8859_1));
        if (declared.find() && !declared.group(1).replace("-", "").equalsIgnoreCase("utf8")) {
            return; // another declared encoding: the parser decodes it
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(xml);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(xml.length + 1), true);
        if (!result.isError()) {
            return;
        }
        int bad = Math.min(in.position(), xml.length - 1);
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (xml[i] == '\n') {
                line++;
            }
        }
        throw new UnusableDocumentException(
                line,
                String.format(
                        Locale.ROOT,
                        "not UTF-8 text (byte 0x%02X), although it is read as UTF-8; is the file in another encoding?",
                        xml[bad] & 0xFF));
    }

    /** The parser's own explanation, without its "ParseError at [row,col]" prefix. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    /** One pass over one file. */
    private static final class Parse {

        private final String name;
        private final String sourceId;
        private final String folder;
        private final XMLStreamReader xml;
        private final List<String> cuis = new ArrayList<>();
        private final List<String> synonyms = new ArrayList<>();
        private final List<MedQuadDocument.QaPair> pairs = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Set<String> qids = new HashSet<>();
        private String url = "";
        private String focus;
        private String category = "";

        Parse(String name, String sourceId, String folder, XMLStreamReader xml) {
            this.name = name;
            this.sourceId = sourceId;
            this.folder = folder;
            this.xml = xml;
        }

        MedQuadDocument document() throws XMLStreamException, UnusableDocumentException {
            int event = next();
            while (event != XMLStreamConstants.START_ELEMENT) {
                event = next();
            }
            String root = local();
            if (!ROOTS.contains(root)) {
                throw new UnusableDocumentException(
                        line(),
                        "the root element is <" + xml.getLocalName()
                                + ">, not <Document>; this is not a MedQuAD document");
            }
            url = firstAttribute("url");
            children();
            while (xml.hasNext()) {
                next(); // the rest of the file: comments and white space, or a parse error
            }
            return new MedQuadDocument(
                    name, sourceId, folder, url, focus == null ? "" : focus, cuis, synonyms, category, pairs, notes);
        }

        /** Reads the children of the current element up to its end tag. */
        private void children() throws XMLStreamException, UnusableDocumentException {
            for (int event = next(); event != XMLStreamConstants.END_ELEMENT; event = next()) {
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element();
                } else if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                    notes.add(name + ":" + line() + ": text outside any known element ignored");
                }
            }
        }

        private void element() throws XMLStreamException, UnusableDocumentException {
            String element = local();
            switch (element) {
                case "focus", "doctitle-focus" -> {
                    String text = text(element);
                    if (focus == null || focus.isBlank()) {
                        focus = text;
                    }
                }
                case "cui" -> addIfText(cuis, text(element));
                case "synonym" -> addIfText(synonyms, text(element));
                case "category" -> category = text(element);
                case "qapair", "pair" -> pair();
                default -> {
                    if (CONTAINERS.contains(element)) {
                        children();
                    } else if (IGNORED.contains(element)) {
                        skip();
                    } else {
                        notes.add(name + ":" + line() + ": unknown element <" + xml.getLocalName() + "> ignored");
                        skip();
                    }
                }
            }
        }

        private void pair() throws XMLStreamException, UnusableDocumentException {
            String qid = null;
            String qtype = null;
            String question = null;
            String answer = null;
            int questionLine = line();
            int answerLine = line();
            for (int event = next(); event != XMLStreamConstants.END_ELEMENT; event = next()) {
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (local()) {
                    case "question" -> {
                        questionLine = line();
                        qid = firstAttribute("qid");
                        qtype = firstAttribute("qtype");
                        question = text("question");
                    }
                    case "answer" -> {
                        answerLine = line();
                        answer = text("answer");
                    }
                    default -> {
                        notes.add(name + ":" + line() + ": unknown element <" + xml.getLocalName() + "> ignored");
                        skip();
                    }
                }
            }
            String label = qid == null || qid.isBlank() ? "at line " + questionLine : qid;
            if (answer != null && answer.indexOf('<') >= 0) {
                Matcher html = HTML.matcher(answer);
                if (html.find()) {
                    throw new UnusableDocumentException(
                            answerLine,
                            "the answer to question " + label + " contains HTML (" + html.group()
                                    + "); MedQuAD answers are plain text");
                }
            }
            if (qid != null && !qid.isBlank() && !qids.add(qid)) {
                notes.add(name + ":" + questionLine + ": question id " + qid + " appears a second time; left out");
                return;
            }
            if (answer == null || answer.isBlank()) {
                return; // no answer to show (the copyright-removed subsets look like this)
            }
            pairs.add(new MedQuadDocument.QaPair(
                    qid == null ? "" : qid,
                    qtype == null ? "" : qtype.strip(),
                    question == null ? "" : question.strip(),
                    answer,
                    questionLine));
        }

        /** The plain text of the current element; markup or an undefined entity inside refuses the file. */
        private String text(String element) throws XMLStreamException, UnusableDocumentException {
            StringBuilder text = new StringBuilder();
            for (int event = next(); event != XMLStreamConstants.END_ELEMENT; event = next()) {
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                    case XMLStreamConstants.START_ELEMENT ->
                        throw new UnusableDocumentException(
                                line(),
                                "<" + element + "> contains the element <" + xml.getLocalName()
                                        + ">; MedQuAD text is plain text, not markup");
                    default -> {}
                }
            }
            return text.toString();
        }

        private void skip() throws XMLStreamException, UnusableDocumentException {
            int depth = 1;
            while (depth > 0) {
                int event = next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        /** The next event; refuses DTDs and undefined entity references wherever they occur. */
        private int next() throws XMLStreamException, UnusableDocumentException {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new UnusableDocumentException(
                        line(),
                        "has a DOCTYPE declaration; MedQuAD documents have none,"
                                + " and entities it declares (external files, entity expansion) are never read");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new UnusableDocumentException(
                        line(),
                        "uses the entity &" + xml.getLocalName()
                                + "; which XML does not define; entities are never expanded");
            }
            return event;
        }

        private String local() {
            return xml.getLocalName().toLowerCase(Locale.ROOT);
        }

        private int line() {
            return Math.max(xml.getLocation().getLineNumber(), 0);
        }

        private String firstAttribute(String... names) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                for (String wanted : names) {
                    if (xml.getAttributeLocalName(i).equalsIgnoreCase(wanted)) {
                        return xml.getAttributeValue(i).strip();
                    }
                }
            }
            return "";
        }

        private static void addIfText(List<String> list, String text) {
            String clean = SPACES.matcher(text.strip()).replaceAll(" ");
            if (!clean.isEmpty()) {
                list.add(clean);
            }
        }
    }
}
