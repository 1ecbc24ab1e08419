package org.salus.article.content;

import java.util.List;
import java.util.Optional;

import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;

/**
 * One parsed content file: an article's identity, the revision it carries and, when the file
 * says who approved it, its medical review.
 *
 * @param name      the file's name for messages
 * @param questions the questions doctors ask readers about this topic ("Patient Comments &amp; Reviews")
 * @param translationOf the slug of the original this article translates ({@code translation_of:}), if any
 * @param lines where keys and list items stand in the file, for messages about them
 */
public record ContentFile(
        String name,
        String slug,
        String language,
        ContentType contentType,
        List<String> formerSlugs,
        RevisionDraft draft,
        Optional<ReviewClaim> review,
        List<QuestionSpec> questions,
        Optional<String> translationOf,
        List<String> groups,
        SourceLines lines) {

    /** "file.md:12: message" */
    public ContentFileException error(String key, String message) {
        return new ContentFileException(name, lines.lineOf(key), message);
    }
}
