package org.salus.imports.medlineplus;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The older MedlinePlus vocabulary XML ({@code medline_vocab_YYYY-MM-DD.xml}, until about 2012):
 *
 * <pre>{@code
 * <MedicalTopics total="1748">
 *   <MedicalTopic ID="T1569" langcode="English">
 *     <ID>1569</ID> <MedicalTopicName>Arsenic</MedicalTopicName> <URL>...</URL>
 *     <FullSummary>escaped HTML</FullSummary>
 *     <Synonyms><Synonym>...</Synonym></Synonyms>
 *     <MeshHeadingList><MeshHeading><Descriptor><DescriptorName>Arsenic</DescriptorName>
 *       <DescriptorUI>D001151</DescriptorUI></Descriptor></MeshHeading></MeshHeadingList>
 *     <Groups><Group><GroupID>28</GroupID><GroupName>...</GroupName><GroupURL>...</GroupURL></Group></Groups>
 *     <RelatedTopics><RelatedTopic IDREF="T1435"/></RelatedTopics>
 *     <LanguageMappedTopicID>1756</LanguageMappedTopicID>
 * }</pre>
 *
 * Topic ids are the same numbers as in today's files ({@code T1569} is topic {@code 1569}), so
 * importing a newer file later updates the same articles. The schema has no sites, meta
 * description or primary institute; {@code <DateCreated>} and {@code <SeeReferencesList>} are
 * not imported.
 */
final class VocabularyReader extends TopicReader {

    static final String ROOT = "MedicalTopics";

    private final int total;

    VocabularyReader(XMLStreamReader xml, InputStream in, Consumer<String> notes) {
        super(xml, in, notes);
        String declared = xml.getAttributeValue(null, "total");
        int parsed;
        try {
            parsed = declared == null ? 0 : Integer.parseInt(declared.strip());
        } catch (NumberFormatException e) {
            parsed = 0;
        }
        this.total = Math.max(parsed, 0);
    }

    @Override
    int total() {
        return total;
    }

    @Override
    MedlinePlusTopic next() throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("MedicalTopic")) {
                    return topic();
                }
                unknown();
                skip();
            }
        }
        return null;
    }

    private MedlinePlusTopic topic() throws XMLStreamException {
        startTopic();
        int line = line();
        String id = withoutPrefix(attr("ID"));
        String language = attr("langcode");
        String title = null;
        String url = null;
        String summary = null;
        List<String> alsoCalled = new ArrayList<>();
        List<MedlinePlusTopic.Group> groups = new ArrayList<>();
        List<MedlinePlusTopic.MeshHeading> mesh = new ArrayList<>();
        List<String> related = new ArrayList<>();
        List<MedlinePlusTopic.MappedTopic> translations = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "ID" -> id = cleanText();
                case "MedicalTopicName" -> title = cleanText();
                case "URL" -> url = cleanText();
                case "FullSummary" -> summary = text();
                case "Synonyms" -> {
                    while (nextChild()) {
                        if (xml.getLocalName().equals("Synonym")) {
                            add(alsoCalled, cleanText());
                        } else {
                            unknown();
                            skip();
                        }
                    }
                }
                case "Groups" -> {
                    while (nextChild()) {
                        if (xml.getLocalName().equals("Group")) {
                            groups.add(group());
                        } else {
                            unknown();
                            skip();
                        }
                    }
                }
                case "MeshHeadingList" -> meshHeadings(mesh);
                case "RelatedTopics" -> {
                    while (nextChild()) {
                        if (xml.getLocalName().equals("RelatedTopic")) {
                            add(related, withoutPrefix(attr("IDREF")));
                        } else {
                            unknown();
                        }
                        skip();
                    }
                }
                case "LanguageMappedTopicID" -> {
                    String mapped = cleanText();
                    if (mapped != null) {
                        translations.add(new MedlinePlusTopic.MappedTopic(mapped, null, otherLanguage(language)));
                    }
                }
                case "DateCreated", "SeeReferencesList" -> skip();
                default -> {
                    unknown();
                    skip();
                }
            }
        }
        return new MedlinePlusTopic(
                id,
                line,
                title,
                url,
                language,
                null,
                alsoCalled,
                summary,
                groups,
                mesh,
                related,
                translations,
                List.of(),
                null,
                refusal());
    }

    private MedlinePlusTopic.Group group() throws XMLStreamException {
        String id = null;
        String name = null;
        String url = null;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "GroupID" -> id = cleanText();
                case "GroupName" -> name = cleanText();
                case "GroupURL" -> url = cleanText();
                default -> {
                    unknown();
                    skip();
                }
            }
        }
        return new MedlinePlusTopic.Group(id, name, url);
    }

    private void meshHeadings(List<MedlinePlusTopic.MeshHeading> mesh) throws XMLStreamException {
        while (nextChild()) { // <MeshHeading>
            if (!xml.getLocalName().equals("MeshHeading")) {
                unknown();
                skip();
                continue;
            }
            while (nextChild()) { // <Descriptor> (qualifiers are not imported)
                if (!xml.getLocalName().equals("Descriptor")) {
                    skip();
                    continue;
                }
                String ui = null;
                String name = null;
                while (nextChild()) {
                    switch (xml.getLocalName()) {
                        case "DescriptorUI" -> ui = cleanText();
                        case "DescriptorName" -> name = cleanText();
                        default -> {
                            unknown();
                            skip();
                        }
                    }
                }
                mesh.add(new MedlinePlusTopic.MeshHeading(ui, name));
            }
        }
    }

    /** The vocabulary file pairs English and Spanish topics only. */
    private static String otherLanguage(String language) {
        return "Spanish".equalsIgnoreCase(language) ? "English" : "Spanish";
    }

    private static String withoutPrefix(String id) {
        return id != null && id.length() > 1 && id.charAt(0) == 'T' ? id.substring(1) : id;
    }

    private static void add(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }
}
