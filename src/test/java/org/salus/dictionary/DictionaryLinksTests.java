package org.salus.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.article.Section;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A new term reaches published pages without a new revision or review, in the background. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("relink")
class DictionaryLinksTests {

    @Autowired
    Dictionary dictionary;

    @Autowired
    ArticleReader reader;

    @Test
    void aNewTermIsLinkedInPublishedPagesWithoutANewRevision() throws Exception {
        long revisionBefore =
                reader.published("insulin-resistance").orElseThrow().revisionId();
        assertThat(html()).doesNotContain("/dictionary/chemical-messenger");

        dictionary.saveAll(List.of(new TermDraft(
                "chemical-messenger",
                "en",
                "chemical messenger",
                null,
                "A chemical messenger is a substance that carries signals between parts of the body.\n",
                List.of(),
                List.of(),
                List.of(),
                true,
                "Salus Health",
                null,
                "chemical-messenger")));

        long deadline = System.currentTimeMillis() + 20_000;
        while (!html().contains("/dictionary/chemical-messenger") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(html()).contains("href=\"/dictionary/chemical-messenger\"");
        assertThat(reader.published("insulin-resistance").orElseThrow().revisionId())
                .isEqualTo(revisionBefore);
    }

    private String html() {
        return String.join(
                "",
                reader.published("insulin-resistance").orElseThrow().sections().stream()
                        .map(Section::html)
                        .toList());
    }
}
