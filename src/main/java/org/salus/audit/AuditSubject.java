package org.salus.audit;

/**
 * An audit entry's subject as a person reads it.
 *
 * @param name         the article's title or the term's name
 * @param link         the editorial page about it
 * @param fromRevision the number of the revision the step started from, as the history lists it (null: none)
 * @param toRevision   the number of the revision the step led to (null: none)
 */
public record AuditSubject(String name, String link, Integer fromRevision, Integer toRevision) {}
