package org.salus.infobutton;

import java.util.List;

/**
 * A parsed HL7 Infobutton knowledge request: what the reader's record is about, in which
 * language to answer, and in which format. Every other context parameter of the guide
 * (taskContext, patientPerson, performer, encounter ...) is accepted and not used.
 *
 * @param criteria            one or more main search criteria, in the order sent
 * @param language            primary language subtag, lower case ("en", "es", ...)
 * @param languageSent        whether {@code informationRecipient.languageCode.c} was sent (echoed only then)
 * @param informationRecipient the {@code informationRecipient} role (PAT, PROV, PAYOR) when sent, else null
 * @param responseType        the format of the answer
 * @param callback            the JSON-P function name; null unless the type is JSON-P
 * @param maxResults          how many entries at most
 */
record KnowledgeRequest(
        List<SearchCriterion> criteria,
        String language,
        boolean languageSent,
        String informationRecipient,
        ResponseType responseType,
        String callback,
        int maxResults) {

    KnowledgeRequest {
        criteria = List.copyOf(criteria);
    }
}
