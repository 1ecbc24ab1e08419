package org.salus.cdshooks;

import java.util.List;
import java.util.Map;

/**
 * One CDS Hooks card (CDS Hooks §"Card Attributes") about one article: written as JSON as it stands.
 *
 * @param uuid      random; the client sends it back in feedback
 * @param summary   one sentence under 140 characters
 * @param detail    GitHub-flavoured Markdown: what the article covers, its review and next review date
 * @param indicator always {@code info}: education, not an alert
 * @param source    the site, its About page and the coding that matched ({@code topic})
 * @param links     the article in the patient's language first, then its translations
 */
record Card(String uuid, String summary, String detail, String indicator, Source source, List<Link> links) {

    /** {@code topic} is a FHIR Coding: system, code and, when known, display. */
    record Source(String label, String url, Map<String, String> topic) {}

    /** An {@code absolute} link: a page the EHR opens in a browser. */
    record Link(String label, String url, String type) {}
}
