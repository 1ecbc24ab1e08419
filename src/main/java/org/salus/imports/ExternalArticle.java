package org.salus.imports;

import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;

/**
 * An article as an importer read it from an outside source, before it is stored.
 *
 * @param source      the importer's short name, e.g. {@code medquad}; with {@code sourceId} it
 *                    identifies the record across re-imports
 * @param sourceId    the record's stable id in the source, e.g. a document id or URL
 * @param attribution who to credit on the page, e.g. "MedlinePlus, National Library of Medicine"
 * @param slug        the address wanted; a suffix is added when another article holds it
 */
public record ExternalArticle(
        String source,
        String sourceId,
        String attribution,
        String slug,
        String language,
        ContentType type,
        RevisionDraft draft) {}
