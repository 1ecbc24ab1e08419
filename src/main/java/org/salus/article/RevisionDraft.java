package org.salus.article;

import java.util.List;

/** Everything an editor supplies for a new revision, before it is rendered and stored. */
public record RevisionDraft(
        String title,
        String summary,
        List<String> alsoCalled,
        List<Code> codes,
        List<Source> sources,
        List<String> relatedSlugs,
        List<SectionDraft> sections,
        String author,
        String changeNote,
        ChangeKind changeKind,
        List<QuestionDraft> questions) {

    public RevisionDraft {
        alsoCalled = List.copyOf(alsoCalled);
        codes = List.copyOf(codes);
        sources = List.copyOf(sources);
        relatedSlugs = List.copyOf(relatedSlugs);
        sections = List.copyOf(sections);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
