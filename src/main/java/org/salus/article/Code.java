package org.salus.article;

/**
 * A medical code an article is about, such as ICD-10-CM {@code E11}. The system is the id of a
 * row in {@code code_system} ("ICD-10-CM", "SNOMED-CT", "MESH", ...).
 */
public record Code(String system, String code, String display) {}
