package org.salus.cdshooks.feedback;

import java.util.Set;

/**
 * The services that answer with cards (design21-22.md's routes), so feedback for any other id is
 * refused with 404 before its body is read.
 */
final class CdsServiceIds {

    static final Set<String> KNOWN = Set.of("salus-education", "salus-medicines", "salus-infobutton");

    private CdsServiceIds() {}
}
