package org.salus.imports.medlineplus;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Today's MedlinePlus health-topics XML ({@code mplus_topics_YYYY-MM-DD.xml}):
 *
 * <pre>{@code
 * <health-topics total="2" date-generated="...">
 *   <health-topic title="..." url="..." id="3061" language="English" meta-desc="..." date-created="...">
 *     <also-called>...</also-called>  <full-summary>escaped HTML</full-summary>
 *     <group url="..." id="2">Digestive System</group>
 *     <language-mapped-topic url="..." id="3062" language="Spanish">Dolor abdominal</language-mapped-topic>
 *     <mesh-heading><descriptor id="D015746">Abdominal Pain</descriptor></mesh-heading>
 *     <primary-institute url="...">...</primary-institute>
 *     <related-topic url="..." id="351">Pain</related-topic>
 *     <site title="..." url="..."><information-category>...</information-category>
 *       <organization>...</organization></site>
 * }</pre>
 *
 * {@code <other-language>}, {@code <see-reference>}, {@code <standard-description>} and MeSH
 * qualifiers are part of the schema but not imported.
 */
final class HealthTopicsReader extends TopicReader {

    static final String ROOT = "health-topics";

    private final int total;

    HealthTopicsReader(XMLStreamReader xml, InputStream in, Consumer<String> notes) {
        super(xml, in, notes);
        this.total = parseTotal(xml.getAttributeValue(null, "total"));
    }

    @Override
    int total() {
        return total;
    }

    @Override
    MedlinePlusTopic next() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("health-topic")) {
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
        String id = attr("id");
        String title = attr("title");
        String url = attr("url");
        String language = attr("language");
        String metaDescription = attr("meta-desc");
        List<String> alsoCalled = new ArrayList<>();
        String summary = null;
        List<MedlinePlusTopic.Group> groups = new ArrayList<>();
        List<MedlinePlusTopic.MeshHeading> mesh = new ArrayList<>();
        List<String> related = new ArrayList<>();
        List<MedlinePlusTopic.MappedTopic> translations = new ArrayList<>();
        List<MedlinePlusTopic.Site> sites = new ArrayList<>();
        MedlinePlusTopic.Institute institute = null;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "also-called" -> addIfPresent(alsoCalled, cleanText());
                case "full-summary" -> summary = text();
                case "group" -> {
                    String groupId = attr("id");
                    String groupUrl = attr("url");
                    groups.add(new MedlinePlusTopic.Group(groupId, cleanText(), groupUrl));
                }
                case "language-mapped-topic" -> {
                    String mappedId = attr("id");
                    String mappedLanguage = attr("language");
                    translations.add(new MedlinePlusTopic.MappedTopic(mappedId, cleanText(), mappedLanguage));
                }
                case "mesh-heading" -> meshHeading(mesh);
                case "related-topic" -> {
                    addIfPresent(related, attr("id"));
                    skip();
                }
                case "site" -> sites.add(site());
                case "primary-institute" -> {
                    String instituteUrl = attr("url");
                    String name = cleanText();
                    institute = name == null ? null : new MedlinePlusTopic.Institute(name, instituteUrl);
                }
                case "other-language", "see-reference" -> skip();
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
                metaDescription,
                alsoCalled,
                summary,
                groups,
                mesh,
                related,
                translations,
                sites,
                institute,
                refusal());
    }

    private void meshHeading(List<MedlinePlusTopic.MeshHeading> mesh) throws XMLStreamException {
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "descriptor" -> {
                    String descriptorId = attr("id");
                    mesh.add(new MedlinePlusTopic.MeshHeading(descriptorId, cleanText()));
                }
                case "qualifier" -> skip();
                default -> {
                    unknown();
                    skip();
                }
            }
        }
    }

    private MedlinePlusTopic.Site site() throws XMLStreamException {
        String title = attr("title");
        String url = attr("url");
        List<String> organizations = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "organization" -> addIfPresent(organizations, cleanText());
                case "information-category" -> addIfPresent(categories, cleanText());
                case "standard-description" -> skip();
                default -> {
                    unknown();
                    skip();
                }
            }
        }
        return new MedlinePlusTopic.Site(title, url, organizations, categories);
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    private static int parseTotal(String total) {
        try {
            return total == null ? 0 : Math.max(0, Integer.parseInt(total.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
