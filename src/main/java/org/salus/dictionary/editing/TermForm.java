package org.salus.dictionary.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.salus.article.Slugs;
import org.salus.dictionary.TermDraft;

/**
 * The term editor's form, as typed. Synonyms and related terms and articles are one per line, so
 * the form works without JavaScript. {@code linkable} is the checkbox "link this term from
 * articles" (absent when unticked).
 */
public record TermForm(
        String slug,
        String language,
        String name,
        String pronunciation,
        String definition,
        String synonyms,
        String relatedTerms,
        String relatedArticles,
        String linkable,
        String source,
        String licence,
        String translationOf,
        String changeNote,
        int baseRevision) {

    static final int MAX_DEFINITION = 10_000;
    static final int MAX_SYNONYMS = 40;

    /** The form turned into a draft, or the field errors (field name → message key) that stop it. */
    record Result(TermDraft draft, String changeNote, Map<String, String> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Checks every field; {@code termExists}, {@code englishTermExists} and {@code articleExists}
     * say whether a slug names a real term, English term or article, so a typo is caught here
     * rather than silently dropped.
     */
    Result parse(Predicate<String> termExists, Predicate<String> englishTermExists, Predicate<String> articleExists) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanName = text(name);
        if (cleanName.isEmpty() || cleanName.length() > 300) {
            errors.put("name", "termForm.name");
        }
        String cleanSlug = text(slug).isEmpty() ? Slugs.of(cleanName) : text(slug);
        if (!Slugs.isValid(cleanSlug)) {
            errors.put("slug", "termForm.slug");
        }
        String lang = text(language);
        if (!lang.equals("en") && !lang.equals("es")) {
            errors.put("language", "termForm.language");
        }
        if (text(pronunciation).length() > 300) {
            errors.put("pronunciation", "termForm.pronunciation");
        }
        String cleanDefinition = text(definition);
        if (cleanDefinition.isEmpty() || cleanDefinition.length() > MAX_DEFINITION) {
            errors.put("definition", "termForm.definition");
        }
        List<String> synonymList = lines(synonyms);
        if (synonymList.size() > MAX_SYNONYMS || synonymList.stream().anyMatch(s -> s.length() > 300)) {
            errors.put("synonyms", "termForm.synonyms");
        }
        List<String> termSlugs = lines(relatedTerms);
        if (termSlugs.stream().anyMatch(s -> s.equals(cleanSlug) || !termExists.test(s))) {
            errors.put("relatedTerms", "termForm.relatedTerms");
        }
        List<String> articleSlugs = lines(relatedArticles);
        if (articleSlugs.stream().anyMatch(s -> !articleExists.test(s))) {
            errors.put("relatedArticles", "termForm.relatedArticles");
        }
        String cleanSource = text(source);
        if (cleanSource.isEmpty() || cleanSource.length() > 300) {
            errors.put("source", "termForm.source");
        }
        if (text(licence).length() > 200) {
            errors.put("licence", "termForm.licence");
        }
        String translation = text(translationOf);
        if (!translation.isEmpty() && (lang.equals("en") || !englishTermExists.test(translation))) {
            errors.put("translationOf", "termForm.translationOf");
        }
        String note = text(changeNote);
        if (note.isEmpty() || note.length() > 1000) {
            errors.put("changeNote", "termForm.changeNote");
        }
        if (!errors.isEmpty()) {
            return new Result(null, null, errors);
        }
        TermDraft draft = new TermDraft(
                cleanSlug,
                lang,
                cleanName,
                blankToNull(pronunciation),
                cleanDefinition + "\n",
                synonymList,
                termSlugs,
                articleSlugs,
                linkable != null,
                cleanSource,
                blankToNull(licence),
                cleanSlug,
                translation.isEmpty() ? null : translation);
        return new Result(draft, note, errors);
    }

    /** The form for a stored term or revision, so an edit starts from the newest text. */
    static TermForm of(TermDraft draft, int baseRevision) {
        return new TermForm(
                draft.slug(),
                draft.language(),
                draft.name(),
                draft.pronunciation(),
                draft.definitionMarkdown().strip(),
                String.join("\n", draft.synonyms()),
                String.join("\n", draft.relatedTerms()),
                String.join("\n", draft.relatedArticles()),
                draft.linkable() ? "on" : null,
                draft.source(),
                draft.licence(),
                draft.translationOf(),
                "",
                baseRevision);
    }

    /** The same form for the term at {@code slug}: an edit cannot move a term to another address. */
    TermForm at(String fixedSlug) {
        return new TermForm(
                fixedSlug,
                language,
                name,
                pronunciation,
                definition,
                synonyms,
                relatedTerms,
                relatedArticles,
                linkable,
                source,
                licence,
                translationOf,
                changeNote,
                baseRevision);
    }

    private static List<String> lines(String text) {
        return text(text)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .distinct()
                .toList();
    }

    private static String blankToNull(String value) {
        return text(value).isEmpty() ? null : text(value);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
