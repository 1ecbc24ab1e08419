package org.salus.cdshooks;

import java.util.List;
import java.util.Map;

import org.salus.infobutton.KnowledgeMatcher;

/** One CDS service: what discovery says of it, and how it turns a checked request into matches. */
interface CdsService {

    String id();

    String hook();

    String title();

    String description();

    /** Prefetch key to FHIR query template (CDS Hooks §"Prefetch Template"); empty when none. */
    Map<String, String> prefetch();

    /** The matched articles, one per condition or medicine, best first; the caller makes them cards. */
    List<KnowledgeMatcher.Match> matches(CdsRequest request);
}
