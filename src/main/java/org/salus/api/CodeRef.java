package org.salus.api;

/** A medical code: the system's id ("ICD-10-CM"), its HL7 OID, the code and its display name. */
public record CodeRef(String system, String oid, String code, String display) {}
