package org.salus.article.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;

/** The content-import contract on the embedded H2 database, and the bundled Spanish samples. */
class ContentImporterTests extends ContentImporterContract {

    @Test
    void everyBundledSpanishArticleLinksToItsEnglishOriginal() {
        assertThat(link("/topics/resistencia-insulina")).isEqualTo("In English: Insulin Resistance");
        assertThat(link("/topics/insulin-resistance")).isEqualTo("En español: Resistencia a la insulina");
        assertThat(link("/topics/diabetes-tipo-2")).startsWith("In English: ");
        assertThat(link("/topics/presion-arterial-alta")).startsWith("In English: ");
        assertThat(link("/topics/estado-prediabetico")).isEqualTo("In English: Prediabetes");
        assertThat(link("/topics/high-cholesterol-in-children"))
                .isEqualTo("En español: Colesterol alto en niños y adolescentes");
    }

    private String link(String path) {
        Document page = Http.html(http.get(path));
        return page.selectFirst("article p.translation").text();
    }
}
