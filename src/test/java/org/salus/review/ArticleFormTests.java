package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionType;

class ArticleFormTests {

    private static final Set<String> SYSTEMS = Set.of("ICD-10-CM", "MESH");

    private static ArticleForm form(String codes, String sources, String body) {
        return new ArticleForm(
                "",
                "Gestational Diabetes",
                "condition",
                "High blood sugar that starts in pregnancy.",
                "GDM\n\nDiabetes in pregnancy\n",
                codes,
                sources,
                "prediabetes",
                "",
                body,
                "First version.",
                "clinical",
                0);
    }

    @Test
    void aCompleteFormBecomesADraft() {
        ArticleForm.Result result = form(
                        "ICD-10-CM O24.4 Gestational diabetes mellitus",
                        "NICHD | Gestational diabetes | https://www.nichd.nih.gov/ | 2026-11-01",
                        "## What is it? {section=overview}\n\nHigh blood sugar.\n\n## Signs {section=symptoms}\n\nOften none.\n")
                .parse("Wendy", SYSTEMS);

        assertThat(result.errors()).isEmpty();
        assertThat(result.identity().slug()).isEqualTo("gestational-diabetes");
        assertThat(result.identity().contentType()).isEqualTo(ContentType.CONDITION);
        assertThat(result.draft().alsoCalled()).containsExactly("GDM", "Diabetes in pregnancy");
        assertThat(result.draft().codes().get(0).display()).isEqualTo("Gestational diabetes mellitus");
        assertThat(result.draft().sources().get(0).accessedOn()).hasToString("2026-11-01");
        assertThat(result.draft().sections())
                .extracting(s -> s.type())
                .containsExactly(SectionType.OVERVIEW, SectionType.SYMPTOMS);
    }

    @Test
    void eachBadFieldIsNamed() {
        ArticleForm.Result result = form(
                        "SNOMED 123 unknown system",
                        "just a line without parts",
                        "## Signs {section=symtoms}\n\nText.\n")
                .parse("Wendy", SYSTEMS);

        assertThat(result.errors())
                .containsEntry("codes", "form.codes")
                .containsEntry("sources", "form.sources")
                .containsEntry("body", "form.body");
        assertThat(result.errors().get("bodyDetail"))
                .isEqualTo(
                        "body:1: unknown section type 'symtoms' (known types: "
                                + "overview, causes, symptoms, diagnosis, treatment, prevention, when-to-seek-care, living-with, other)");
    }

    @Test
    void sourcesMustUseWebAddressesNotScripts() {
        ArticleForm.Result result = form("", "NICHD | Title | javascript:alert(1)", "## A {section=overview}\n\nB\n")
                .parse("Wendy", SYSTEMS);

        assertThat(result.errors()).containsKey("sources");
    }

    @Test
    void anEditStartsFromTheStoredText() {
        ArticleForm.Result first = form(
                        "",
                        "NICHD | Gestational diabetes | https://www.nichd.nih.gov/ | 2026-11-01",
                        "## What is it? {section=overview}\n\nHigh blood sugar.\n")
                .parse("Wendy", SYSTEMS);

        ArticleForm again = ArticleForm.of("gestational-diabetes", ContentType.CONDITION, first.draft(), 1);

        assertThat(again.parse("Wendy", SYSTEMS).errors())
                .containsOnlyKeys("changeNote"); // each edit says what changed
        assertThat(new org.salus.article.content.ContentFileParser().parseBody("body", again.body()))
                .isEqualTo(first.draft().sections());
        assertThat(again.sources()).isEqualTo("NICHD | Gestational diabetes | https://www.nichd.nih.gov/ | 2026-11-01");
    }

    @Test
    void aQuizKeepsItsQuestionsFromTheFormBackToTheForm() {
        RevisionDraft quiz = org.salus.testsupport.Drafts.draft("Test your gout IQ")
                .summary("Two questions about gout and its causes.")
                .source("NIH", "Gout", "https://www.niams.nih.gov/")
                .overview("Two questions.")
                .question("What causes gout?", "gout", "causes", "Uric acid", "Cold weather")
                .build();

        ArticleForm form = ArticleForm.of("test-your-gout-iq", ContentType.QUIZ, quiz, 1);
        ArticleForm.Result result = new ArticleForm(
                        form.slug(),
                        form.title(),
                        form.contentType(),
                        form.summary(),
                        form.alsoCalled(),
                        form.codes(),
                        form.sources(),
                        form.related(),
                        form.translationOf(),
                        form.body(),
                        "Reworded nothing.",
                        form.changeKind(),
                        form.baseRevision())
                .parse("Wendy", SYSTEMS);

        assertThat(form.body()).contains("## What causes gout? {question=single}", "- [x] Uric acid");
        assertThat(result.errors()).isEmpty();
        assertThat(result.draft().questions()).isEqualTo(quiz.questions());
    }

    @Test
    void questionsInAnArticleThatIsNoQuizAreAnError() {
        ArticleForm.Result result = form(
                        "",
                        "NICHD | Gestational diabetes | https://www.nichd.nih.gov/ | 2026-11-01",
                        "## What is it? {section=overview}\n\nHigh.\n\n## Is it common? {question=true-false}\n\n"
                                + "- [x] True\n- [ ] False\n\nYes.\n\nRead more: [Gout](gout#causes)\n")
                .parse("Wendy", SYSTEMS);

        assertThat(result.errors()).containsEntry("body", "form.body");
        assertThat(result.errors().get("bodyDetail")).startsWith("body:5: questions belong in a quiz");
    }
}
