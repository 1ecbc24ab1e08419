package org.salus.article;

/**
 * Two articles were linked as translations of each other ({@code article_translation}); the
 * cached translation links of topic pages are dropped. Sent by whoever writes the link (the
 * MedlinePlus importer).
 */
public record ArticleTranslationsChanged(long articleId, long translationId) {
}
