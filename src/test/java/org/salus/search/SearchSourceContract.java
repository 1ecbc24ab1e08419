package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.salus.article.Syndication;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.People;
import org.salus.testsupport.Publisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What the index is built from, and the ranking rules that depend on it (language, codes,
 * syndicated against reviewed, duplicates), on every supported database: subclasses run it
 * against H2 ({@link SearchSourceTests}) and PostgreSQL ({@link SearchSourcePostgresTests}). The
 * PostgreSQL database outlives the run, so articles published here carry words new on every run.
 */
@Import({People.class, Publisher.class})
abstract class SearchSourceContract {

    @Autowired
    SearchSource source;

    @Autowired
    Search search;

    @Autowired
    Publisher publisher;

    @Autowired
    SearchIndex index;

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

    /** Issue 22: for an English reader "what is a1c" put the Spanish term second. */
    @Test
    void anEnglishReaderGetsNoSpanishResultAboveAnEnglishOne() {
        for (String q : List.of("what is a1c", "a1c", "diabetes", "E11")) {
            SearchResults results = search.search(q, null, null, 1, "en");
            List<String> languages =
                    results.hits().stream().map(SearchResults.Hit::language).toList();
            assertThat(languages).as(q).isNotEmpty();
            if (languages.contains("es")) {
                assertThat(languages.subList(languages.indexOf("es"), languages.size()))
                        .as("%s: no English result after a Spanish one", q)
                        .containsOnly("es");
            }
            List<String> termLanguages =
                    results.terms().stream().map(SearchResults.Hit::language).toList();
            if (termLanguages.contains("es")) {
                assertThat(termLanguages.subList(termLanguages.indexOf("es"), termLanguages.size()))
                        .as("%s: the dictionary block too", q)
                        .containsOnly("es");
            }
        }
        assertThat(search.search("what is a1c", null, null, 1, "en")
                        .hits()
                        .get(0)
                        .url())
                .isEqualTo("/dictionary/a1c");
    }

    /**
     * Exactly the code first, the page with fewer codes before one that lists it among many; then
     * the ICD-10-CM roll-up (coded with the category); then pages that merely mention the code.
     */
    @Test
    void exactCodesComeBeforeRollUpsAndMentions() {
        String word = fresh();
        String code = "U" + (10 + new Random().nextInt(89)) + ".9" + new Random().nextInt(10);
        String category = code.substring(0, 3);
        // Published in the reverse of the expected order, so a tie on score would keep them so.
        // Syndicated (no review workflow), all alike: only the codes tell them apart.
        syndicate(word + "-mention", Drafts.draft("Mentions " + word).overview("Coded " + code + " elsewhere."));
        syndicate(word + "-category", Drafts.draft("Category " + word).code("ICD-10-CM", category, "Category"));
        Drafts many = Drafts.draft("Lists " + word).code("ICD-10-CM", code, "Exact");
        for (int i = 0; i < 6; i++) {
            many = many.code("ICD-10-CM", "R0" + i, "Other " + i);
        }
        syndicate(word + "-lists", many);
        syndicate(word + "-about", Drafts.draft("About " + word).code("ICD-10-CM", code, "Exact"));
        index.awaitQuiet(Duration.ofSeconds(30));

        List<String> urls = search.search(code, null, null, 1, "en").hits().stream()
                .map(SearchResults.Hit::url)
                .filter(url -> url.contains(word))
                .toList();
        assertThat(urls)
                .containsExactly(
                        "/topics/" + word + "-about",
                        "/topics/" + word + "-lists",
                        "/topics/" + word + "-category",
                        "/topics/" + word + "-mention");
    }

    /** At equal relevance the site's own reviewed article comes before a syndicated one. */
    @Test
    void theSitesReviewedArticleComesBeforeASyndicatedOneOfEqualRelevance() {
        String word = fresh();
        // The syndicated one first: an older document wins a tie on score.
        publisher.syndicate(
                word + "-syndicated",
                Drafts.draft("Condition " + word)
                        .summary("A short summary of alpha.")
                        .build(),
                new Syndication("An agency, via a collection", LocalDate.of(2026, 11, 1)));
        publisher.publish(
                word + "-own",
                Drafts.draft("Condition " + word)
                        .summary("A short summary of gamma.")
                        .build());
        index.awaitQuiet(Duration.ofSeconds(30));

        assertThat(search.search(word, null, null, 1, "en").hits().stream()
                        .map(SearchResults.Hit::url)
                        .toList())
                .containsExactly("/topics/" + word + "-own", "/topics/" + word + "-syndicated");
    }

    /** The same text published by two sources is one result naming the other; a summary apart, two. */
    @Test
    void exactDuplicatesFoldIntoOneResult() {
        String word = fresh();
        String summary = "The same summary of " + word + ".";
        publisher.syndicate(
                word + "-first",
                Drafts.draft("Twice " + word).summary(summary).build(),
                new Syndication("First agency", LocalDate.of(2026, 11, 1)));
        publisher.syndicate(
                word + "-second",
                Drafts.draft("TWICE  " + word + "!")
                        .summary(summary.toUpperCase(java.util.Locale.ROOT))
                        .build(),
                new Syndication("Second agency", LocalDate.of(2026, 11, 1)));
        publisher.syndicate(
                word + "-other",
                Drafts.draft("Twice " + word)
                        .summary("Another summary of " + word + ".")
                        .build(),
                new Syndication("Third agency", LocalDate.of(2026, 11, 1)));
        index.awaitQuiet(Duration.ofSeconds(30));

        SearchResults results = search.search(word, null, null, 1, "en");
        assertThat(results.total()).isEqualTo(2);
        SearchResults.Hit folded = results.hits().stream()
                .filter(hit -> !hit.url().endsWith("-other"))
                .findFirst()
                .orElseThrow();
        assertThat(folded.alsoFrom())
                .containsExactly("Second agency".equals(folded.source()) ? "First agency" : "Second agency");
        assertThat(results.hits())
                .filteredOn(hit -> hit.url().endsWith("-other"))
                .singleElement()
                .satisfies(hit -> assertThat(hit.alsoFrom()).isEmpty());
    }

    private void syndicate(String slug, Drafts draft) {
        publisher.syndicate(slug, draft.build(), new Syndication("An agency", LocalDate.of(2026, 11, 1)));
    }

    /** A word no earlier run used (letters only: the analysers keep it whole). */
    private static String fresh() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
