package org.salus.imports.medquad;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.salus.article.ChangeKind;
import org.salus.article.Code;
import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionDraft;
import org.salus.article.SectionType;
import org.salus.article.Slugs;
import org.salus.article.Source;
import org.salus.article.Teaser;
import org.salus.imports.ExternalArticle;
import org.salus.imports.medquad.ListText.Block;

/**
 * Makes a MedQuAD document into an article: the Focus is the title (with a capital first letter)
 * and the slug, each typed question becomes a section (see {@link MedQuadQuestionType}; several
 * answers for one section are joined in document order, and an answer repeated word for word is
 * kept once), answers become Markdown through {@link ListText}, the summary is the overview's first
 * sentences ({@link MedQuadSummary}), synonyms are "also called", the UMLS CUIs are codes, with the
 * ICD-10-CM, ICD-9-CM, SNOMED CT and MeSH codes the crosswalk gives for them, and the page and
 * MedQuAD itself are the sources, as CC BY 4.0 asks.
 *
 * <p>MedlinePlus topics in category "Other" (A1C, Acupuncture, Adoption, ...) are not conditions,
 * so they are stored as {@code faq} pages, described as a medical entity rather than a medical
 * condition; every other document is a {@code condition}.
 */
final class MedQuadArticles {

    static final String SOURCE = "medquad";
    static final String AUTHOR = "MedQuAD import";
    static final String CHANGE_NOTE = "Imported from MedQuAD.";

    private static final int MAX_TITLE = 200;
    private static final int MAX_NAME = 200;
    private static final int MIN_SUMMARY = 20;
    private static final int MAX_ALSO_CALLED = 30;
    private static final Pattern CUI = Pattern.compile("C\\d{7}");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");

    /** The article, and what the publisher should know about the document it came from. */
    record Mapped(ExternalArticle article, List<String> notes) {}

    private MedQuadArticles() {}

    /**
     * @throws UnusableDocumentException when the document has no title or no answered question
     */
    static Mapped of(MedQuadDocument document, MedQuadSubset subset, MedQuadCrosswalk crosswalk)
            throws UnusableDocumentException {
        List<String> notes = new ArrayList<>(document.notes());
        String title = document.focus().strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            throw new UnusableDocumentException(0, "no <Focus>, so the article would have no title");
        }
        if (title.length() > MAX_TITLE) {
            title = Teaser.cut(title, MAX_TITLE);
        }
        if (Character.isLowerCase(title.charAt(0))) {
            title = title.substring(0, 1).toUpperCase(Locale.ROOT)
                    + title.substring(1); // GHR writes "beta-thalassemia"
        }
        Sections sections = sections(document, notes);
        if (sections.drafts().isEmpty()) {
            throw new UnusableDocumentException(0, "no question has an answer");
        }
        String summary = MedQuadSummary.of(sections.summarySource());
        if (summary.length() < MIN_SUMMARY) {
            summary = Teaser.cut(title + ": " + summary, MedQuadSummary.MAX);
        }
        String url = document.url().strip();
        if (!url.isEmpty() && !WEB_ADDRESS.matcher(url).matches()) {
            notes.add(document.name() + ": the page address '" + url + "' is not a web address; left out");
            url = "";
        }
        List<Source> sources = List.of(
                new Source(subset.organisation(), subset.sourceTitle(title), url.isEmpty() ? null : url, null),
                new Source(MedQuadSubset.DATASET, MedQuadSubset.DATASET_TITLE, MedQuadSubset.DATASET_URL, null));
        RevisionDraft draft = new RevisionDraft(
                title,
                summary,
                alsoCalled(document.synonyms(), title),
                codes(document, crosswalk, title, notes),
                sources,
                List.of(),
                sections.drafts(),
                AUTHOR,
                CHANGE_NOTE,
                ChangeKind.CLINICAL,
                List.of());
        ContentType type = subset == MedQuadSubset.MEDLINEPLUS
                        && document.category().strip().equalsIgnoreCase("Other")
                ? ContentType.FAQ
                : ContentType.CONDITION;
        String slug = Slugs.of(title).isEmpty() ? Slugs.of(document.sourceId()) : Slugs.of(title);
        return new Mapped(
                new ExternalArticle(SOURCE, document.sourceId(), subset.attribution(), slug, "en", type, draft), notes);
    }

    /** The sections in page order, and the blocks the summary is taken from. */
    private record Sections(List<SectionDraft> drafts, List<Block> summarySource) {}

    private static Sections sections(MedQuadDocument document, List<String> notes) {
        Map<String, SectionType> types = new LinkedHashMap<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        Map<String, String> headings = new LinkedHashMap<>();
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        Map<String, List<Block>> blocksOf = new LinkedHashMap<>();
        Set<String> answers = new HashSet<>();
        Set<String> unknown = new HashSet<>();
        for (MedQuadDocument.QaPair pair : document.pairs()) {
            List<Block> blocks = ListText.blocks(pair.answer());
            String markdown = ListText.markdown(blocks);
            if (markdown.isEmpty() || !answers.add(markdown)) {
                continue; // no text, or the same answer again under another question
            }
            MedQuadQuestionType known =
                    MedQuadQuestionType.of(pair.qtype(), pair.answer()).orElse(null);
            String heading;
            SectionType type;
            int rank;
            if (known != null) {
                heading = known.heading();
                type = known.section();
                rank = known.ordinal();
            } else {
                heading = pair.qtype().isBlank() ? "More information" : capitalised(pair.qtype());
                type = SectionType.OTHER;
                rank = MedQuadQuestionType.values().length;
                if (unknown.add(heading)) {
                    notes.add(document.name() + ":" + pair.line() + ": question type '" + pair.qtype()
                            + "' is not one MedQuAD's NIH subsets use; imported as a section headed '" + heading + "'");
                }
            }
            // Typed sections appear once each (as content files and the editor require); "other"
            // sections once per heading.
            String key = type == SectionType.OTHER ? "other:" + heading : type.code();
            types.putIfAbsent(key, type);
            headings.putIfAbsent(key, heading);
            order.merge(key, rank, Math::min);
            bodies.computeIfAbsent(key, k -> new ArrayList<>()).add(markdown);
            blocksOf.computeIfAbsent(key, k -> new ArrayList<>()).addAll(blocks);
        }
        List<String> keys = new ArrayList<>(bodies.keySet());
        keys.sort((a, b) -> Integer.compare(order.get(a), order.get(b))); // stable: document order breaks ties
        List<SectionDraft> drafts = new ArrayList<>();
        for (String key : keys) {
            // answers joined as their blocks are: with a blank line between
            drafts.add(new SectionDraft(types.get(key), headings.get(key), String.join("\n", bodies.get(key))));
        }
        List<Block> summarySource = blocksOf.getOrDefault(
                SectionType.OVERVIEW.code(), keys.isEmpty() ? List.of() : blocksOf.get(keys.get(0)));
        return new Sections(drafts, summarySource);
    }

    private static List<String> alsoCalled(List<String> synonyms, String title) {
        Set<String> seen = new HashSet<>();
        seen.add(title.toLowerCase(Locale.ROOT));
        List<String> names = new ArrayList<>();
        for (String synonym : synonyms) {
            if (synonym.length() <= MAX_NAME
                    && seen.add(synonym.toLowerCase(Locale.ROOT))
                    && names.size() < MAX_ALSO_CALLED) {
                names.add(synonym);
            }
        }
        return names;
    }

    /** The document's CUIs (UMLS), then the crosswalk's codes for them; every display name filled in. */
    private static List<Code> codes(
            MedQuadDocument document, MedQuadCrosswalk crosswalk, String title, List<String> notes) {
        List<String> cuis = new ArrayList<>();
        for (String cui : document.cuis()) {
            if (!CUI.matcher(cui).matches()) {
                notes.add(document.name() + ": '" + cui + "' is not a UMLS CUI; left out");
            } else if (!cuis.contains(cui)) {
                cuis.add(cui);
            }
        }
        List<Code> codes = new ArrayList<>();
        for (String cui : cuis) {
            codes.add(new Code(
                    "UMLS",
                    cui,
                    crosswalk.labelOf(cui).filter(label -> !label.isBlank()).orElse(title)));
        }
        for (Code code : crosswalk.codesFor(cuis)) {
            codes.add(code.display().isBlank() ? new Code(code.system(), code.code(), title) : code);
        }
        return codes;
    }

    private static String capitalised(String qtype) {
        String clean = qtype.strip().replaceAll("\\s+", " ");
        String heading = clean.substring(0, 1).toUpperCase(Locale.ROOT) + clean.substring(1);
        return heading.length() <= MAX_NAME ? heading : Teaser.cut(heading, MAX_NAME);
    }
}
