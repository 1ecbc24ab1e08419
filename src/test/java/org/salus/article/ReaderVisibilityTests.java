package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salus.changes.Change;
import org.salus.changes.ChangeLog;
import org.salus.search.SearchIndex;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every reader path hides a published revision that no reviewer approved and that is not
 * labelled syndicated ({@link ReaderVisibility}). Such a row can only come from outside the
 * editorial workflow, so it is written here directly in the database, beside a twin that a
 * reviewer approved: each path must show the twin (so the request really reaches the article)
 * and never the hidden one. The same is done for a quiz (an article of type quiz, listed at
 * {@code /quizzes/{slug}}). All are removed afterwards, so the shared site stays as it was.
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderVisibilityTests {

    private static final String HIDDEN = "quixotrelle-unapproved";
    private static final String SHOWN = "quixotrelle-approved";
    private static final String HIDDEN_QUIZ = "quixotrelle-quiz-unapproved";
    private static final String SHOWN_QUIZ = "quixotrelle-quiz-approved";
    private static final String CODE = "R68.83";
    private static final String ICD10_OID = "2.16.840.1.113883.6.90";
    private static final String TERM = "hyperglycemia";

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChangeLog changes;

    @Autowired
    SearchIndex index;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    private long hiddenId;
    private long shownId;
    private long hiddenQuizId;
    private long shownQuizId;

    @BeforeAll
    void insertBothArticles() {
        hiddenId = insertPublishedArticle(HIDDEN, "Quixotrelle Syndrome (unapproved)", ContentType.CONDITION, false);
        shownId = insertPublishedArticle(SHOWN, "Quixotrelle Syndrome (approved)", ContentType.CONDITION, true);
        hiddenQuizId = insertPublishedArticle(HIDDEN_QUIZ, "Quixotrelle Quiz (unapproved)", ContentType.QUIZ, false);
        shownQuizId = insertPublishedArticle(SHOWN_QUIZ, "Quixotrelle Quiz (approved)", ContentType.QUIZ, true);
        // the approved page lists the unapproved one as related: its teaser must not show
        long shownRevision = jdbc.sql("SELECT published_revision_id FROM article WHERE id = :id")
                .param("id", shownId)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO revision_related (revision_id, ordinal, related_article_id) VALUES (:r, 0, :a)")
                .param("r", shownRevision)
                .param("a", hiddenId)
                .update();
        announce(Change.Kind.ARTICLE_PUBLISHED);
    }

    @AfterAll
    void removeBothArticles() {
        for (long id : new long[] {hiddenId, shownId, hiddenQuizId, shownQuizId}) {
            jdbc.sql("DELETE FROM term_related_article WHERE article_slug = (SELECT slug FROM article WHERE id = :a)")
                    .param("a", id)
                    .update();
            jdbc.sql("UPDATE article SET published_revision_id = NULL WHERE id = :a")
                    .param("a", id)
                    .update();
        }
        List<Long> both = List.of(hiddenId, shownId, hiddenQuizId, shownQuizId);
        for (String child : List.of(
                "revision_question_option",
                "revision_question",
                "revision_related",
                "revision_section",
                "revision_code",
                "revision_also_called",
                "revision_publication",
                "medical_review")) {
            String revisionsOfBoth = "SELECT id FROM revision WHERE article_id IN (:a)";
            jdbc.sql("DELETE FROM " + child + " WHERE revision_id IN (" + revisionsOfBoth + ")")
                    .param("a", both)
                    .update();
        }
        jdbc.sql("DELETE FROM revision WHERE article_id IN (:a)")
                .param("a", both)
                .update();
        jdbc.sql("DELETE FROM article WHERE id IN (:a)").param("a", both).update();
        announce(Change.Kind.ARTICLE_RETIRED);
    }

    @Test
    void theTopicPageIsNotFoundAndTheApprovedPageShowsNoTeaserForIt() {
        assertThat(http.get("/topics/" + HIDDEN).statusCode()).isEqualTo(404);
        HttpResponse<String> shown = http.get("/topics/" + SHOWN);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain("/topics/" + HIDDEN);
    }

    @Test
    void theJsonApiNeitherListsNorServesIt() {
        String list = http.get("/api/v1/articles?letter=Q&limit=100").body();
        assertThat(list).contains(SHOWN).doesNotContain(HIDDEN);
        assertThat(http.get("/api/v1/articles/" + SHOWN).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/articles/" + HIDDEN).statusCode()).isEqualTo(404);
    }

    @Test
    void theAtomFeedAndTheSitemapLeaveItOut() {
        assertThat(http.get("/feed.atom").body()).contains(SHOWN).doesNotContain(HIDDEN);
        assertThat(http.get("/sitemaps/topics-1.xml").body()).contains(SHOWN).doesNotContain(HIDDEN);
    }

    /** A quiz is an article: its feed entry, sitemap file and search result follow the same rule. */
    @Test
    void theFeedTheQuizSitemapAndSearchLeaveOutAnUnapprovedQuiz() {
        assertThat(http.get("/feed.atom").body())
                .contains("/quizzes/" + SHOWN_QUIZ)
                .doesNotContain(HIDDEN_QUIZ);
        assertThat(http.get("/sitemaps/quizzes-1.xml").body())
                .contains("/quizzes/" + SHOWN_QUIZ)
                .doesNotContain(HIDDEN_QUIZ);
        // found by its question's prompt, as a quiz
        assertThat(http.get("/search?q=quixoprompt").body())
                .contains("/quizzes/" + SHOWN_QUIZ)
                .doesNotContain(HIDDEN_QUIZ);
        assertThat(http.get("/search?q=quixotrelle&type=quiz").body())
                .contains("/quizzes/" + SHOWN_QUIZ)
                .doesNotContain(HIDDEN_QUIZ);
        assertThat(http.get("/quizzes").body()).contains(SHOWN_QUIZ).doesNotContain(HIDDEN_QUIZ);
        assertThat(http.get("/quizzes/" + HIDDEN_QUIZ).statusCode()).isEqualTo(404);
    }

    @Test
    void theInfobuttonDoesNotAnswerWithIt() {
        String feed = http.get("/infobutton?mainSearchCriteria.v.cs=" + ICD10_OID + "&mainSearchCriteria.v.c=" + CODE
                        + "&knowledgeResponseType=application/json")
                .body();
        assertThat(feed).contains(SHOWN).doesNotContain(HIDDEN);
    }

    @Test
    void searchDoesNotFindIt() {
        assertThat(http.get("/search?q=quixotrelle").body()).contains(SHOWN).doesNotContain(HIDDEN);
        assertThat(http.get("/search/suggest?q=quixotrelle").body()).doesNotContain(HIDDEN);
    }

    @Test
    void theAToZLeavesItOut() {
        assertThat(http.get("/topics?letter=Q").body()).contains(SHOWN).doesNotContain(HIDDEN);
    }

    @Test
    void theDictionaryTermPageDoesNotNameIt() {
        String page = http.get("/dictionary/" + TERM).body();
        assertThat(page).contains(SHOWN).doesNotContain(HIDDEN);
        // Listed by the term and linking to it: named once (the query joins both ways with UNION).
        assertThat(page.split("href=\"/topics/" + SHOWN + "\"", -1)).hasSize(2);
    }

    /**
     * An article of {@code type} published at {@code slug}, coded {@link #CODE}, linked from the term
     * {@link #TERM} both ways the dictionary knows (listed by the term, and linking to it in its text);
     * a quiz instead has one question about "quixoprompt"; with an approving review only when
     * {@code approved}.
     */
    private long insertPublishedArticle(String slug, String title, ContentType type, boolean approved) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("INSERT INTO article (slug, language, content_type, created_at) VALUES (:s, 'en', :type, :now)")
                .param("s", slug)
                .param("type", type.code())
                .param("now", now)
                .update();
        long article = jdbc.sql("SELECT id FROM article WHERE slug = :s")
                .param("s", slug)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO revision (article_id, revision_number, title, summary, author, change_note, change_kind,
                                      content_hash, created_at)
                VALUES (:a, 1, :t, 'Quixotrelle is a made-up condition.', 'test', 'First.', 'clinical', :h, :now)""")
                .param("a", article)
                .param("t", title)
                .param("h", slug)
                .param("now", now)
                .update();
        long revision = jdbc.sql("SELECT id FROM revision WHERE article_id = :a")
                .param("a", article)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO revision_section (revision_id, ordinal, section_type, heading, anchor, body_markdown,
                                              body_html)
                VALUES (:r, 0, 'overview', 'Overview', 'overview', 'Quixotrelle raises blood sugar.',
                        '<p>Quixotrelle raises <a href="/dictionary/%s">blood sugar</a>.</p>')""".formatted(TERM)).param("r", revision).update();
        if (type == ContentType.QUIZ) {
            insertQuestion(revision);
        } else {
            insertCodeAndNames(slug, revision);
        }
        jdbc.sql("INSERT INTO revision_publication (revision_id, published_at) VALUES (:r, :now)")
                .param("r", revision)
                .param("now", now)
                .update();
        jdbc.sql("UPDATE article SET published_revision_id = :r, published_at = :now WHERE id = :a")
                .param("r", revision)
                .param("now", now)
                .param("a", article)
                .update();
        if (approved) {
            LocalDate today = now.toLocalDate();
            jdbc.sql("""
                    INSERT INTO medical_review (revision_id, reviewer_name, reviewer_credentials, reviewer_specialty,
                                                decision, reviewed_on, next_review_due, notes, recorded_at)
                    VALUES (:r, 'Dr. Test Reviewer', 'MD', 'Family Medicine', 'approved', :on, :due, NULL, :now)""")
                    .param("r", revision)
                    .param("on", today)
                    .param("due", today.plusYears(1))
                    .param("now", now)
                    .update();
        }
        return article;
    }

    private void insertQuestion(long revision) {
        jdbc.sql("""
                INSERT INTO revision_question (revision_id, ordinal, kind, prompt, explanation_markdown,
                                               explanation_html, support_slug, support_anchor, support_text)
                VALUES (:r, 0, 'true-false', 'Quixoprompt is made up.', 'It is.', '<p>It is.</p>',
                        'insulin-resistance', 'overview', 'What is insulin resistance?')""").param("r", revision).update();
        jdbc.sql("""
                INSERT INTO revision_question_option (revision_id, question_ordinal, ordinal, text, correct)
                VALUES (:r, 0, 0, 'True', TRUE), (:r, 0, 1, 'False', FALSE)""").param("r", revision).update();
    }

    private void insertCodeAndNames(String slug, long revision) {
        jdbc.sql("""
                INSERT INTO revision_code (revision_id, ordinal, code_system, code, display)
                VALUES (:r, 0, 'ICD-10-CM', :c, 'Chills')""").param("r", revision).param("c", CODE).update();
        jdbc.sql("INSERT INTO revision_also_called (revision_id, ordinal, name) VALUES (:r, 0, :n)")
                .param("r", revision)
                .param("n", "Quixotrelle fever " + slug)
                .update();
        jdbc.sql("INSERT INTO term_related_article (term_id, article_slug) SELECT id, :s FROM term WHERE slug = :t")
                .param("s", slug)
                .param("t", TERM)
                .update();
    }

    /** Tells caches and the search index (through the change log) that both articles changed, and waits for it. */
    private void announce(Change.Kind kind) {
        transactions.executeWithoutResult(status -> changes.append(Change.of(kind)
                .article(hiddenId, HIDDEN)
                .article(shownId, SHOWN)
                .article(hiddenQuizId, HIDDEN_QUIZ)
                .article(shownQuizId, SHOWN_QUIZ)));
        index.awaitQuiet(Duration.ofSeconds(20));
    }
}
