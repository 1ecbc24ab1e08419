package org.salus.imports.medlineplus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salus.article.SectionDraft;
import org.salus.article.SectionType;

/** A full summary becomes typed sections at its headings, sanitised, with a first sentence for the summary. */
class TopicSummaryTests {

    @Test
    void eachHeadingStartsATypedSection() {
        TopicSummary summary = TopicSummary.of("""
                <h3>What is dengue?</h3><p>Dengue is a viral infection. It spreads by mosquito bites.</p>
                <h3>What are the symptoms of dengue?</h3><ul><li>Fever</li></ul>
                <h3>What causes it?</h3><p>A virus.</p>
                <h3>How is it diagnosed?</h3><p>A blood test.</p>
                <h3>What are the treatments?</h3><p>Rest.</p>
                <h3>Can it be prevented?</h3><p>Avoid bites.</p>
                <h3>Where is it common?</h3><p>In warm places.</p>""", "en");

        assertThat(summary.sections())
                .extracting(SectionDraft::type)
                .containsExactly(
                        SectionType.OVERVIEW,
                        SectionType.SYMPTOMS,
                        SectionType.CAUSES,
                        SectionType.DIAGNOSIS,
                        SectionType.TREATMENT,
                        SectionType.PREVENTION,
                        SectionType.OTHER);
        assertThat(summary.sections().get(0).heading()).isEqualTo("What is dengue?");
        assertThat(summary.sections().get(0).markdown())
                .isEqualTo("Dengue is a viral infection. It spreads by mosquito bites.\n");
        assertThat(summary.firstSentence()).isEqualTo("Dengue is a viral infection.");
    }

    @Test
    void aSummaryWithoutHeadingsIsOneOverviewHeadedInItsLanguage() {
        TopicSummary english = TopicSummary.of("<p>Hiccups are harmless. They stop.</p>", "en");
        TopicSummary spanish = TopicSummary.of("<p>El hipo es inofensivo. Se detiene solo.</p>", "es");

        assertThat(english.sections())
                .containsExactly(
                        new SectionDraft(SectionType.OVERVIEW, "Summary", "Hiccups are harmless. They stop.\n"));
        assertThat(spanish.sections().get(0).heading()).isEqualTo("Resumen");
        assertThat(spanish.firstSentence()).isEqualTo("El hipo es inofensivo.");
    }

    @Test
    void spanishHeadingsAreTypedToo() {
        assertThat(TopicSummary.typeOf("¿Cuáles son los síntomas?")).isEqualTo(SectionType.SYMPTOMS);
        assertThat(TopicSummary.typeOf("¿Cuál es el tratamiento?")).isEqualTo(SectionType.TREATMENT);
        assertThat(TopicSummary.typeOf("¿Se puede prevenir?")).isEqualTo(SectionType.PREVENTION);
    }

    @Test
    void scriptsHandlersAndScriptLinksAreRemovedBeforeConversion() {
        TopicSummary summary = TopicSummary.of(
                "<p>Safe<script>alert(1)</script> <img src=x onerror=alert(2)>"
                        + "<a href=\"javascript:alert(3)\">click</a></p><iframe src=\"https://evil.example/\"></iframe>",
                "en");

        String markdown = summary.sections().get(0).markdown();
        assertThat(markdown)
                .doesNotContainIgnoringCase("script")
                .doesNotContain("onerror")
                .doesNotContain("alert")
                .doesNotContain("iframe")
                .contains("Safe")
                .contains("click");
    }

    @Test
    void anEmptySummaryHasNoSections() {
        assertThat(TopicSummary.of("<p>  </p>", "en").sections()).isEmpty();
        assertThat(TopicSummary.of(null, "en").sections()).isEmpty();
    }
}
