package org.salus.infobutton;

/**
 * One {@code mainSearchCriteria}: a code, the OID of its code system, and the sender's display
 * name for it (which never changes what is found). {@code suffix} is the guide's repeat number:
 * "" for the first criterion, "1" for {@code mainSearchCriteria.v.c1} and so on.
 */
record SearchCriterion(String suffix, String code, String codeSystemOid, String displayName) {}
