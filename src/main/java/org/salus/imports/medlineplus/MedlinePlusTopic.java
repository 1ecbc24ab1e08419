package org.salus.imports.medlineplus;

import java.util.List;

/**
 * One health topic as a MedlinePlus XML file describes it, before it becomes an article. Both
 * schemas ({@code <health-topics>} and the older {@code <MedicalTopics>}) are read into this
 * form, so the importer knows neither.
 *
 * @param id               the topic's MedlinePlus id, stable across releases: the article's source id
 * @param line             the line of the file where the topic's start tag ends, for notes
 * @param language         the {@code language} as written in the file ("English", "Spanish")
 * @param metaDescription  the {@code meta-desc} attribute of today's files; null when absent
 * @param summaryHtml      the full summary as the HTML it is (unescaped once by the XML parser),
 *                         not yet sanitised
 * @param relatedIds       ids of the topics listed as related
 * @param translations     the same topic in other languages ({@code <language-mapped-topic>})
 * @param primaryInstitute the NIH institute responsible for the topic; null when not named
 * @param refusal          why the topic must not be imported (it uses a DTD entity, which is never
 *                         expanded); null for a usable topic
 */
record MedlinePlusTopic(
        String id,
        int line,
        String title,
        String url,
        String language,
        String metaDescription,
        List<String> alsoCalled,
        String summaryHtml,
        List<Group> groups,
        List<MeshHeading> meshHeadings,
        List<String> relatedIds,
        List<MappedTopic> translations,
        List<Site> sites,
        Institute primaryInstitute,
        String refusal) {

    MedlinePlusTopic {
        alsoCalled = List.copyOf(alsoCalled);
        groups = List.copyOf(groups);
        meshHeadings = List.copyOf(meshHeadings);
        relatedIds = List.copyOf(relatedIds);
        translations = List.copyOf(translations);
        sites = List.copyOf(sites);
    }

    /** A MedlinePlus group ("Digestive System"): the browse category a topic is listed under. */
    record Group(String id, String name, String url) {}

    /** A MeSH descriptor the topic is indexed with, e.g. {@code D015746} "Abdominal Pain". */
    record MeshHeading(String descriptorId, String name) {}

    /** The same topic in another language: its id, title and language as written in the file. */
    record MappedTopic(String id, String title, String language) {}

    /** A page MedlinePlus links to from the topic, with the organisations that publish it. */
    record Site(String title, String url, List<String> organizations, List<String> categories) {

        Site {
            organizations = List.copyOf(organizations);
            categories = List.copyOf(categories);
        }
    }

    /** The NIH institute named as the topic's primary source, e.g. "National Cancer Institute". */
    record Institute(String name, String url) {}
}
