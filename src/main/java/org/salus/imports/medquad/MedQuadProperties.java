package org.salus.imports.medquad;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * MedQuAD imports, {@code salus.imports.*}.
 *
 * @param medquadCrosswalk the Disease Ontology crosswalk ({@code DO-code-crosswalk.tsv.gz}, or its folder): the
 *                         only place an uploaded archive's import looks; empty means uploads get UMLS codes only
 */
@ConfigurationProperties("salus.imports")
public record MedQuadProperties(@DefaultValue("") String medquadCrosswalk) {}
