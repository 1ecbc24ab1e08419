package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the index is built from, on every supported database: subclasses run it against H2
 * ({@link SearchSourceTests}) and PostgreSQL ({@link SearchSourcePostgresTests}).
 */
abstract class SearchSourceContract {

    @Autowired
    SearchSource source;

    @Autowired
    Search search;

    @Test
    void publishedArticlesAreReadAsPlainTextWithTheirNamesAndCodes() {
        Searchable diabetes = source.articles(source.publishedArticleIds()).stream()
                .filter(a -> a.slug().equals("type-2-diabetes"))
                .findFirst()
                .orElseThrow();
        assertThat(diabetes.title()).isEqualTo("Type 2 Diabetes");
        assertThat(diabetes.alsoCalled()).contains("T2D");
        assertThat(diabetes.codes()).contains("ICD-10-CM|E11");
        assertThat(diabetes.body()).contains("insulin").doesNotContain("<p>", "<a ", "term-tip");
        assertThat(diabetes.headings()).isNotBlank();
    }

    @Test
    void quizzesAreReadAsQuizzesWithTheirPromptsButNotTheirAnswers() {
        Searchable quiz = source.articles(source.publishedArticleIds()).stream()
                .filter(a -> a.slug().equals("test-your-cholesterol-iq"))
                .findFirst()
                .orElseThrow();
        assertThat(quiz.kind()).isEqualTo(Searchable.Kind.QUIZ);
        assertThat(quiz.type()).isEqualTo("quiz");
        assertThat(quiz.url()).isEqualTo("/quizzes/test-your-cholesterol-iq");
        assertThat(quiz.body())
                .contains("These ten questions") // the introduction
                .contains("Which kind of cholesterol is often called \"bad\" cholesterol?") // a prompt
                .contains("can be a sign of what?") // the last prompt
                .doesNotContain("Triglycerides are not cholesterol") // an explanation
                .doesNotContain("Read more");
        assertThat(source.articles(source.publishedArticleIds()))
                .filteredOn(a -> a.slug().equals("type-2-diabetes"))
                .singleElement()
                .extracting(Searchable::kind)
                .isEqualTo(Searchable.Kind.ARTICLE);
    }

    @Test
    void termsAndNameGroupsAreRead() {
        assertThat(source.terms()).anySatisfy(term -> {
            assertThat(term.slug()).isEqualTo("hyperglycemia");
            assertThat(term.alsoCalled()).contains("high blood sugar");
        });
        assertThat(source.nameGroups()).contains(List.of("High Blood Pressure", "Hypertension", "HBP", "HTN"));
    }

    @Test
    void theIndexAnswers() {
        assertThat(search.search("HBP", null, null, 1, "en").hits().get(0).url())
                .isEqualTo("/topics/high-blood-pressure");
    }
}
