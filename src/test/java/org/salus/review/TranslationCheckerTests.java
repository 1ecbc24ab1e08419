package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.account.UserRepository;
import org.salus.article.ContentType;
import org.salus.article.StoredRevisions;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The revision page of a translation, over real HTTP as the medical reviewer who approves it: the
 * numbers, doses, phone numbers and codes that differ from the original's published text are listed
 * above the approve form, a faithful translation says they all match, and an article that translates
 * nothing shows neither.
 */
@SiteTest
@OwnContext("quiz-review") // publishes articles of its own, like RevisionControllerTests
class TranslationCheckerTests {

    private static final String ORIGINAL =
            "If you have chest pain, call 911. Chew one 325 mg aspirin. Ask about E11.9.";

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    Publisher publisher;

    @Autowired
    EditorialWorkflow workflow;

    @Autowired
    StoredRevisions articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserRepository users;

    @Test
    void aTranslationThatCalls112InsteadOf911ShowsTheDifferenceBeforeApproving() {
        publisher.publish(
                "chest-pain-first-aid",
                Drafts.draft("Chest pain first aid").overview(ORIGINAL).build());
        long revision = submittedSpanish(
                "dolor-de-pecho-primeros-auxilios",
                "Si tiene dolor de pecho, llame al 112. Mastique una aspirina de 325 mg. Pregunte por E11.9.");
        linkBothWays("chest-pain-first-aid", "dolor-de-pecho-primeros-auxilios");

        Document page = reviewerOpens(revision);

        Element check = page.selectFirst("#translation-check");
        assertThat(check.selectFirst(".differ").text())
                .isEqualTo(
                        "Numbers, doses, phone numbers and codes that differ from the original: chest-pain-first-aid");
        assertThat(check.select(".missing li").eachText()).containsExactly("911");
        assertThat(check.select(".added li").eachText()).containsExactly("112");
        assertThat(check.select(".match")).isEmpty();
        assertThat(page.selectFirst("form[action=/editor/revisions/" + revision + "/approve]"))
                .as("the reviewer may still approve, having seen it")
                .isNotNull();
    }

    @Test
    void aFaithfulTranslationSaysEverythingMatches() {
        publisher.publish(
                "chest-pain-at-home",
                Drafts.draft("Chest pain at home").overview(ORIGINAL).build());
        long revision = submittedSpanish(
                "dolor-de-pecho-en-casa",
                "Si tiene dolor de pecho, llame al 911. Mastique una aspirina de 325 miligramos. Pregunte por E11.9.");
        // one row, original first, as the design of content files describes the link
        jdbc.sql("INSERT INTO article_translation (article_id, translation_id) VALUES (:o, :t)")
                .param("o", id("chest-pain-at-home"))
                .param("t", id("dolor-de-pecho-en-casa"))
                .update();

        Element check = reviewerOpens(revision).selectFirst("#translation-check");

        assertThat(check.selectFirst(".match").text())
                .isEqualTo("All numbers, doses, phone numbers and codes match the original: chest-pain-at-home");
        assertThat(check.select(".differ, .missing, .added")).isEmpty();
    }

    @Test
    void anArticleThatTranslatesNothingShowsNeither() {
        long alone = submittedSpanish("dolor-de-pecho-sin-original", "Si tiene dolor de pecho, llame al 112.");
        publisher.publish(
                "chest-pain-original-side",
                Drafts.draft("Chest pain original").overview(ORIGINAL).build());
        submittedSpanish("dolor-de-pecho-traducido", "Si tiene dolor de pecho, llame al 112.");
        linkBothWays("chest-pain-original-side", "dolor-de-pecho-traducido");
        UserAccount writer = people.create("tcwriter-en", Role.WRITER);
        long original = workflow.saveDraft(
                writer,
                new ArticleIdentity("chest-pain-original-side", "en", ContentType.CONDITION),
                Drafts.draft("Chest pain original").overview("Call 999.").build(),
                1);
        workflow.submit(writer, original);

        for (long revision : new long[] {alone, original}) {
            Document page = reviewerOpens(revision);
            assertThat(page.select("#translation-check"))
                    .as("revision %d", revision)
                    .isEmpty();
            assertThat(page.text())
                    .doesNotContain("that differ from the original")
                    .doesNotContain("match the original");
        }
    }

    private long submittedSpanish(String slug, String text) {
        UserAccount writer = people.create("tcwriter-" + slug, Role.WRITER);
        long revision = workflow.saveDraft(
                writer,
                new ArticleIdentity(slug, "es", ContentType.CONDITION),
                Drafts.draft("Dolor de pecho").overview(text).build(),
                0);
        workflow.submit(writer, revision);
        return revision;
    }

    private void linkBothWays(String original, String translation) {
        long o = id(original), t = id(translation);
        jdbc.sql("INSERT INTO article_translation (article_id, translation_id) VALUES (:o, :t), (:t, :o)")
                .param("o", o)
                .param("t", t)
                .update();
    }

    private long id(String slug) {
        return articles.findBySlug(slug).orElseThrow().id();
    }

    private Document reviewerOpens(long revision) {
        if (users.findByUsername("tcreviewer").isEmpty()) {
            people.create("tcreviewer", Role.REVIEWER);
        }
        Visitor reviewer = http.visitor();
        assertThat(reviewer.signIn("tcreviewer", People.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> response = reviewer.get("/editor/revisions/" + revision);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.html(response);
    }
}
