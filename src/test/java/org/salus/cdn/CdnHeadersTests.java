package org.salus.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salus.account.Role;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CDN headers over real HTTP: each reader page names the keys its body depends on (the
 * expected keys read from the sample database, not written down), with stale-* directives; nothing
 * of the kind on editorial, signed-in, search and error answers.
 */
@SiteTest
class CdnHeadersTests {

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    /** type-2-diabetes has related articles, a Spanish translation, doctors' questions and a quiz about it. */
    @Test
    void aTopicPageNamesItsArticleTeasersTranslationQuestionsAndQuizzes() {
        long id = articleId("type-2-diabetes");
        Set<String> related = keys("""
                SELECT rr.related_article_id FROM revision_related rr
                JOIN article a ON a.published_revision_id = rr.revision_id WHERE a.id = :id""", id);
        Set<String> translations = keys("SELECT translation_id FROM article_translation WHERE article_id = :id", id);
        Set<String> quizzes = keys("""
                SELECT q.id FROM article q JOIN revision_related rr ON rr.revision_id = q.published_revision_id
                WHERE rr.related_article_id = :id AND q.content_type = 'quiz'""", id);
        Set<String> questions = new TreeSet<>(
                jdbc
                        .sql("SELECT id FROM question WHERE article_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .list()
                        .stream()
                        .map(CdnKeys::question)
                        .toList());
        assertThat(List.of(related, translations, quizzes, questions))
                .allSatisfy(set -> assertThat(set).isNotEmpty());
        Set<String> expected = new TreeSet<>(Set.of("article-" + id, "all"));
        expected.addAll(related);
        expected.addAll(translations);
        expected.addAll(quizzes);
        expected.addAll(questions);

        HttpResponse<String> page = http.get("/topics/type-2-diabetes");

        assertThat(surrogateKeys(page)).isEqualTo(expected);
        assertThat(cacheTags(page)).isEqualTo(expected);
        assertThat(new TreeSet<>(surrogateKeys(http.get("/api/v1/articles/type-2-diabetes"))))
                .isEqualTo(union(Set.of("article-" + id, "all"), related));
    }

    @Test
    void listsFeedsAndSitemapsNameTheirListKey() {
        assertKeys("/", "home-en", "all");
        assertKeys("/es", "home-es", "all");
        assertKeys("/topics", "list-topics-en", "all");
        assertKeys("/topics?letter=I", "list-topics-en", "all");
        assertKeys("/es/topics", "list-topics-es", "all");
        assertKeys("/dictionary", "list-dictionary-en", "all");
        assertKeys("/es/dictionary", "list-dictionary-es", "all");
        assertKeys("/quizzes", "list-quizzes-en", "all");
        assertKeys("/feed.atom", "feeds", "all");
        assertKeys("/sitemap.xml", "sitemaps", "all");
        assertKeys("/sitemaps/topics-1.xml", "sitemaps", "all");
        assertKeys("/api/v1/articles", "list-topics-en", "list-topics-es", "all");
        assertKeys("/api/v1/articles?language=es", "list-topics-es", "all");
        assertKeys("/api/v1/terms", "list-dictionary-en", "list-dictionary-es", "all");
        assertKeys("/api/v1/quizzes?language=en", "list-quizzes-en", "all");
    }

    @Test
    void aTermPageNamesTheTermItsTranslationsRelatedTermsAndTheArticlesThatUseIt() {
        long insulin = jdbc.sql("SELECT id FROM term WHERE slug = 'insulin'")
                .query(Long.class)
                .single();
        HttpResponse<String> page = http.get("/dictionary/insulin");
        Set<String> shownArticles = new TreeSet<>();
        Http.html(page)
                .select("a[href^=/topics/]")
                .forEach(a ->
                        shownArticles.add("article-" + articleId(a.attr("href").substring("/topics/".length()))));

        Set<String> keys = surrogateKeys(page);

        assertThat(keys).contains("term-" + insulin, "all").containsAll(shownArticles);
        assertThat(shownArticles).isNotEmpty();
        assertThat(keys).filteredOn(k -> k.startsWith("article-")).containsExactlyInAnyOrderElementsOf(shownArticles);
        assertThat(surrogateKeys(http.get("/api/v1/terms/insulin"))).containsExactly("term-" + insulin, "all");
    }

    @Test
    void aQuizPageNamesTheQuizAndTheArticlesItLinks() {
        long quiz = articleId("test-your-diabetes-iq");
        Set<String> related = keys("""
                SELECT rr.related_article_id FROM revision_related rr
                JOIN article a ON a.published_revision_id = rr.revision_id WHERE a.id = :id""", quiz);

        assertThat(new TreeSet<>(surrogateKeys(http.get("/quizzes/test-your-diabetes-iq"))))
                .isEqualTo(union(Set.of("article-" + quiz, "all"), related));
    }

    /** must-revalidate forbids serving a stale copy, so it gives way to the stale-* directives. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/topics",
                "/topics/type-2-diabetes",
                "/dictionary",
                "/dictionary/insulin",
                "/quizzes",
                "/quizzes/test-your-diabetes-iq",
                "/feed.atom",
                "/sitemap.xml",
                "/api/v1/articles",
                "/api/v1/terms/insulin"
            })
    void publicPagesMayBeServedStaleWhileRevalidatingOrWhenTheAppFails(String path) {
        String cacheControl =
                http.get(path).headers().firstValue("Cache-Control").orElseThrow();

        assertThat(cacheControl)
                .contains("public", "max-age=300", "stale-while-revalidate=60", "stale-if-error=86400")
                .doesNotContain("must-revalidate");
    }

    /** A revalidation's 304 carries the same caching headers, or a CDN would replace them with fewer. */
    @Test
    void notModifiedAnswersKeepTheKeysAndStaleDirectives() {
        for (String path :
                new String[] {"/topics/type-2-diabetes", "/topics", "/quizzes/test-your-diabetes-iq", "/feed.atom"}) {
            HttpResponse<String> first = http.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = http.get(path, "If-None-Match", etag);

            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.headers().firstValue("Surrogate-Key")).as(path).isEqualTo(header(first, "Surrogate-Key"));
            assertThat(again.headers().firstValue("Cache-Control")).as(path).isEqualTo(header(first, "Cache-Control"));
        }
    }

    @Test
    void errorsSearchAndSignInPagesCarryNoKeysNorStaleDirectives() {
        for (String path : new String[] {
            "/topics/no-such-topic",
            "/dictionary/no-such-term",
            "/sitemaps/topics-99.xml",
            "/api/v1/articles/nope",
            "/search?q=insulin",
            "/login"
        }) {
            assertNotKeyed(http.get(path), path);
        }
    }

    @Test
    void editorialPagesCarryNoKeysNorStaleDirectives() {
        people.create("cdn-editor", Role.EDITOR);
        Visitor editor = http.visitor();
        editor.signIn("cdn-editor", People.PASSWORD);

        for (String path : new String[] {"/editor", "/editor/articles/type-2-diabetes"}) {
            HttpResponse<String> page = editor.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertNotKeyed(page, path);
        }
    }

    private void assertNotKeyed(HttpResponse<String> response, String path) {
        assertThat(response.headers().firstValue("Surrogate-Key")).as(path).isEmpty();
        assertThat(response.headers().firstValue("Cache-Tag")).as(path).isEmpty();
        assertThat(response.headers().allValues("Cache-Control")).as(path).noneMatch(v -> v.contains("stale-"));
    }

    private void assertKeys(String path, String... expected) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(surrogateKeys(response)).as(path).containsExactlyInAnyOrder(expected);
        assertThat(cacheTags(response)).as(path).containsExactlyInAnyOrder(expected);
    }

    private long articleId(String slug) {
        return jdbc.sql("SELECT id FROM article WHERE slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    private Set<String> keys(String sql, long id) {
        return new TreeSet<>(jdbc.sql(sql).param("id", id).query(Long.class).list().stream()
                .map(CdnKeys::article)
                .toList());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static java.util.Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    private static Set<String> surrogateKeys(HttpResponse<?> response) {
        return split(response.headers().firstValue("Surrogate-Key").orElse(""), " ");
    }

    private static Set<String> cacheTags(HttpResponse<?> response) {
        return split(response.headers().firstValue("Cache-Tag").orElse(""), ",");
    }

    private static Set<String> split(String value, String separator) {
        Set<String> keys = new LinkedHashSet<>(
                Arrays.stream(value.split(separator)).filter(k -> !k.isBlank()).toList());
        return keys;
    }
}
