package org.salus.imports.medquad;

import java.util.List;

/**
 * One MedQuAD XML document as read, before it is made into an article.
 *
 * @param name     where it was read, e.g. {@code 5_NIDDK_QA/0000044.xml}; used in notes
 * @param sourceId the stable record id: folder and file name without {@code .xml}
 * @param folder   the subset folder, e.g. {@code 5_NIDDK_QA}
 * @param url      the page the text was taken from
 * @param focus    the topic, which becomes the title; empty when the document names none
 * @param category {@code Disease} or {@code Other} in the MedlinePlus subset, else empty
 * @param notes    things the reader ignored that the publisher should hear about (not reasons to skip)
 */
record MedQuadDocument(
        String name,
        String sourceId,
        String folder,
        String url,
        String focus,
        List<String> cuis,
        List<String> synonyms,
        String category,
        List<QaPair> pairs,
        List<String> notes) {

    MedQuadDocument {
        cuis = List.copyOf(cuis);
        synonyms = List.copyOf(synonyms);
        pairs = List.copyOf(pairs);
        notes = List.copyOf(notes);
    }

    /** A question with its answer; {@code line} is where the question starts in the file. */
    record QaPair(String qid, String qtype, String question, String answer, int line) {}
}
