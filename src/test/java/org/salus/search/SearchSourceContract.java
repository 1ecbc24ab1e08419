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
