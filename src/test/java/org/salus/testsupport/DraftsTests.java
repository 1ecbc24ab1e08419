package org.salus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.ChangeKind;
import org.salus.article.Code;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionDraft;
import org.salus.article.SectionType;
import org.salus.article.Source;

class DraftsTests {

    @Test
    void aTitleAloneMakesACompleteDraftWithPlainDefaults() {
        RevisionDraft draft = Drafts.draft("Gout").build();

        assertThat(draft)
                .isEqualTo(new RevisionDraft(
                        "Gout",
                        "A summary of Gout.",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(new SectionDraft(SectionType.OVERVIEW, "Overview", "Some text about Gout.\n")),
                        "writer",
                        "First version",
                        ChangeKind.CLINICAL,
                        List.of()));
    }

    @Test
    void whatATestNamesReplacesTheDefaultsAndSectionsEndWithANewline() {
        RevisionDraft draft = Drafts.draft("Gout")
                .summary("A painful joint.")
                .code("ICD-10-CM", "M10", "Gout")
                .source("NIH", "Gout", null)
                .alsoCalled(List.of("Podagra"))
                .related(List.of("obesity"))
                .overview("It hurts.")
                .section(SectionType.TREATMENT, "Treatment", "Rest.\n")
                .by("wanda")
                .note("Typo", ChangeKind.EDITORIAL)
                .build();

        assertThat(draft)
                .isEqualTo(new RevisionDraft(
                        "Gout",
                        "A painful joint.",
                        List.of("Podagra"),
                        List.of(new Code("ICD-10-CM", "M10", "Gout")),
                        List.of(new Source("NIH", "Gout", null, null)),
                        List.of("obesity"),
                        List.of(
                                new SectionDraft(SectionType.OVERVIEW, "Overview", "It hurts.\n"),
                                new SectionDraft(SectionType.TREATMENT, "Treatment", "Rest.\n")),
                        "wanda",
                        "Typo",
                        ChangeKind.EDITORIAL,
                        List.of()));
    }

    @Test
    void aRevisionOfADraftKeepsEverythingNotChanged() {
        RevisionDraft first = Drafts.draft("Gout")
                .code("ICD-10-CM", "M10", "Gout")
                .overview("It hurts.")
                .build();

        RevisionDraft next =
                Drafts.revisionOf(first).title("Gout and pseudogout").build();

        assertThat(next)
                .isEqualTo(new RevisionDraft(
                        "Gout and pseudogout",
                        first.summary(),
                        first.alsoCalled(),
                        first.codes(),
                        first.sources(),
                        first.relatedSlugs(),
                        first.sections(),
                        first.author(),
                        first.changeNote(),
                        first.changeKind(),
                        first.questions()));
        assertThat(Drafts.revisionOf(first)
                        .withoutSections()
                        .overview("New.")
                        .build()
                        .sections())
                .containsExactly(new SectionDraft(SectionType.OVERVIEW, "Overview", "New.\n"));
    }
}
