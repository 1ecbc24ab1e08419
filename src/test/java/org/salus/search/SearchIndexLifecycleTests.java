package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.article.ArticleWriter;
import org.salus.article.StoredRevisions;
import org.salus.article.content.ContentFileParser;
import org.salus.article.content.ContentImporter;
import org.salus.dictionary.Dictionary;
import org.salus.dictionary.TermDraft;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The index follows the site: a publication is findable, a retired article or term is gone, a
 * new term is found, and stored text is shown as text, never as markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OwnContext("search-lifecycle")
@AutoConfigureMockMvc
@Import({FixedClock.class, Http.class})
class SearchIndexLifecycleTests {

    @Autowired
    Search search;

    @Autowired
    SearchIndex index;

    @Autowired
    ContentImporter importer;

    @Autowired
    ArticleWriter writer;

    @Autowired
    StoredRevisions articles;

    @Autowired
    Dictionary dictionary;

    @Autowired
    Http http;

    @Test
    void aPublishedArticleIsFoundAndARetiredOneIsGone() {
        assertThat(urls("gallstones")).doesNotContain("/topics/gallstones");

        publish("gallstones", "Gallstones", "Gallstones are hard pieces that form in the gallbladder.");
        index.awaitQuiet(Duration.ofSeconds(10));
        assertThat(urls("gallstones")).first().isEqualTo("/topics/gallstones");
        assertThat(urls("gallbladder stones")).contains("/topics/gallstones");

        writer.retire(articles.findBySlug("gallstones").orElseThrow(), "Merged into another page.");
        index.awaitQuiet(Duration.ofSeconds(10));
        assertThat(urls("gallstones")).doesNotContain("/topics/gallstones");
        assertThat(search.suggest("gallst", "en")).extracting(Suggestion::url).doesNotContain("/topics/gallstones");
    }

    @Test
    void aPublishedQuizIsFoundByItsPromptsAsAQuizAndARetiredOneIsGone() {
        assertThat(urls("vexmarine")).isEmpty();

        publishQuiz("test-your-zorbulent-iq");
        index.awaitQuiet(Duration.ofSeconds(10));
        // a word only the question asks finds the quiz
        List<SearchResults.Hit> hits =
                search.search("vexmarine", null, null, 1, "en").hits();
        assertThat(hits).extracting(SearchResults.Hit::url).containsExactly("/quizzes/test-your-zorbulent-iq");
        assertThat(hits.get(0).kind()).isEqualTo("quiz");
        assertThat(hits.get(0).typeKey()).isEqualTo("contentType.quiz");
        assertThat(search.search("zorbulent", "quiz", null, 1, "en").total()).isEqualTo(1);
        assertThat(search.search("zorbulent", "article", null, 1, "en").total()).isZero();
        assertThat(search.suggest("test your zorb", "en"))
                .extracting(Suggestion::url)
                .containsExactly("/quizzes/test-your-zorbulent-iq");
        // the options and explanations are the answers: a search never finds or shows them
        assertThat(urls("quendrift")).isEmpty();
        assertThat(urls("plimsovery")).isEmpty();

        writer.retire(articles.findBySlug("test-your-zorbulent-iq").orElseThrow(), "Replaced by a better quiz.");
        index.awaitQuiet(Duration.ofSeconds(10));
        assertThat(urls("vexmarine")).isEmpty();
        assertThat(urls("zorbulent")).isEmpty();
        assertThat(search.suggest("test your zorb", "en")).isEmpty();
    }

    @Test
    void termsAreFoundAfterTheyChangeAndGoneWhenRetired() {
        dictionary.saveAll(List.of(new TermDraft(
                "wheezing",
                "en",
                "wheezing",
                null,
                "Wheezing is a whistling sound when you breathe.\n",
                List.of("whistling breath"),
                List.of(),
                List.of(),
                false,
                "Salus Health",
                null,
                "wheezing")));
        index.awaitQuiet(Duration.ofSeconds(10));
        assertThat(urls("whistling breath")).first().isEqualTo("/dictionary/wheezing");

        dictionary.retire("wheezing");
        index.awaitQuiet(Duration.ofSeconds(10));
        assertThat(urls("whistling breath")).doesNotContain("/dictionary/wheezing");
    }

    @Test
    void storedMarkupIsShownAsTextInTitlesAndSnippets() {
        publish(
                "script-test",
                "Rashes <script>alert('title')</script>",
                "A rash test with `<script>alert('body')</script>` and <b onclick=\"x()\">bold</b> inside.");
        index.awaitQuiet(Duration.ofSeconds(10));

        String body = http.get("/search?q=rash").body();
        Document page = Http.html(http.get("/search?q=rash"));
        Element hit = page.select("ol.search-results > li").stream()
                .filter(li -> li.selectFirst("h2 a").attr("href").equals("/topics/script-test"))
                .findFirst()
                .orElseThrow();
        assertThat(hit.selectFirst("h2 a").text()).isEqualTo("Rashes <script>alert('title')</script>");
        assertThat(hit.selectFirst(".snippet").text()).contains("<script>alert('body')</script>");
        assertThat(hit.select("script")).isEmpty();
        assertThat(hit.select(".snippet *").eachAttr("onclick")).isEmpty();
        assertThat(hit.select(".snippet *")).allMatch(e -> e.tagName().equals("mark"));
        assertThat(body).doesNotContain("<script>alert(").contains("&lt;script&gt;alert(");
    }

    private List<String> urls(String q) {
        return search.search(q, null, null, 1, "en").hits().stream()
                .map(SearchResults.Hit::url)
                .toList();
    }

    /** A published quiz about "zorbulent" things whose only question asks about "vexmarine" ones. */
    private void publishQuiz(String slug) {
        String file = """
                ---
                slug: %s
                title: Test your zorbulent IQ
                language: en
                type: quiz
                summary: A short test quiz.
                sources: [{organisation: Salus Health, title: Test source, url: "https://example.org/source"}]
                review: {reviewer: Dr. Test Reviewer, credentials: MD, specialty: Family Medicine, reviewed: 2026-11-01}
                change_note: First publication.
                change_kind: clinical
                ---

                ## About this quiz {section=overview}

                One question.

                ## Which vexmarine habit helps? {question=single}

                - [x] The quendrift one
                - [ ] The other one

                Plimsovery helps, says the article.

                Read more: [What is insulin resistance?](insulin-resistance#overview)
                """.formatted(slug);
        importer.importAll(List.of(new ContentFileParser().parse(slug + ".md", file)));
    }

    private void publish(String slug, String title, String body) {
        String file = """
                ---
                slug: %s
                title: "%s"
                language: en
                type: condition
                summary: A short test summary.
                sources: [{organisation: Salus Health, title: Test source, url: "https://example.org/source"}]
                review: {reviewer: Dr. Test Reviewer, credentials: MD, specialty: Family Medicine, reviewed: 2026-11-01}
                change_note: First publication.
                change_kind: clinical
                ---

                ## What is it? {section=overview}

                %s
                """.formatted(slug, title.replace("\"", "\\\""), body);
        importer.importAll(List.of(new ContentFileParser().parse(slug + ".md", file)));
    }
}
