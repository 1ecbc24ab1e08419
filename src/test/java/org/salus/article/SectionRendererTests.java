package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SectionRendererTests {

    private final SectionRenderer renderer = new SectionRenderer();

    @Test
    void typedSectionsAreAnchoredByTheirTypeWhateverTheHeading() {
        List<Section> sections = renderer.render(List.of(
                new SectionDraft(SectionType.SYMPTOMS, "What are the signs?", "Often none.\n"),
                new SectionDraft(SectionType.WHEN_TO_SEEK_CARE, "When should I call a doctor?", "Soon.\n")));

        assertThat(sections).extracting(Section::anchor).containsExactly("symptoms", "when-to-seek-care");
        assertThat(sections.get(0).html()).isEqualTo("<p>Often none.</p>\n");
    }

    @Test
    void freeFormSectionsTakeTheirHeadingWordsAndStayUnique() {
        List<Section> sections = renderer.render(List.of(
                new SectionDraft(SectionType.OTHER, "What is LDL?", "a\n"),
                new SectionDraft(SectionType.OTHER, "What is LDL?", "b\n"),
                new SectionDraft(SectionType.OTHER, "¿Qué es el colesterol?", "c\n")));

        assertThat(sections)
                .extracting(Section::anchor)
                .containsExactly("what-is-ldl", "what-is-ldl-2", "que-es-el-colesterol");
    }
}
