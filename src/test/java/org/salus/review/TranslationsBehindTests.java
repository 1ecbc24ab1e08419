package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.article.ArticleReader;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.ChangeKind;
import org.salus.article.ContentType;
import org.salus.article.MedicalReview;
import org.salus.article.TranslationGroups;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Translation freshness over real HTTP: the Spanish page's notice and the editors' dashboard list
 * appear once the English original publishes a clinical revision, not an editorial one, and go
 * when the translation is republished. Each test uses its own pair, so others' pages stay as they are.
 */
@SiteTest
class TranslationsBehindTests {

    @Autowired
    Http http;

    @Autowired
    ArticleWriter writer;

    @Autowired
    People people;

    @Autowired
    TranslationGroups groups;

    @Autowired
    ArticleReader reader;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSpanishPageSaysCalmlyWhenItsOriginalChangedClinicallyUntilItIsRepublished() {
        pair("sleep-and-weight", "sueno-y-peso");
        assertThat(Http.html(http.get("/topics/sueno-y-peso")).select(".notice-translation"))
                .isEmpty(); // fresh, and now cached

        publishOriginal("sleep-and-weight", "Sleep seven hours.", ChangeKind.EDITORIAL);
        assertThat(Http.html(http.get("/topics/sueno-y-peso")).select(".notice-translation"))
                .as("an editorial change does not count")
                .isEmpty();

        publishOriginal("sleep-and-weight", "Sleep eight hours.", ChangeKind.CLINICAL);
        Element notice = Http.html(http.get("/topics/sueno-y-peso")).selectFirst(".notice-translation");
        assertThat(notice).isNotNull();
        assertThat(notice.text())
                .contains("La versión en inglés de este artículo se actualizó el")
                .contains("Esta traducción puede estar desactualizada.");
        assertThat(notice.selectFirst("a").attr("href")).isEqualTo("/topics/sleep-and-weight");
        JsonNode jsonLd = JsonMapper.builder()
                .build()
                .readTree(Http.html(http.get("/topics/sueno-y-peso"))
                        .selectFirst("script[type=application/ld+json]")
                        .data());
        assertThat(jsonLd.get("lastReviewed").asString())
                .as("structured data claims the translation's own review, not the original's later one")
                .isEqualTo(reader.published("sueno-y-peso")
                        .orElseThrow()
                        .review()
                        .reviewedOn()
                        .toString())
                .isNotEqualTo(reader.published("sleep-and-weight")
                        .orElseThrow()
                        .review()
                        .reviewedOn()
                        .toString());
        assertThat(jsonLd.has("dateModified")).isFalse();
        assertThat(Http.html(http.get("/topics/sleep-and-weight")).select(".notice-translation"))
                .as("the original is not behind anything")
                .isEmpty();

        publishSpanish("sueno-y-peso", "Duerma ocho horas.");
        assertThat(Http.html(http.get("/topics/sueno-y-peso")).select(".notice-translation"))
                .isEmpty();
    }

    @Test
    void theDashboardListsTranslationsBehindWithADiffOfTheOriginalSinceTheTranslatedRevision() {
        pair("walking-after-meals", "caminar-despues-de-comer");
        long translatedFrom =
                reader.published("walking-after-meals").orElseThrow().revisionId();
        long clinical = publishOriginal("walking-after-meals", "Walk 15 minutes.", ChangeKind.CLINICAL);
        people.create("behind-editor", Role.EDITOR);
        Visitor editor = http.visitor();
        editor.signIn("behind-editor", People.PASSWORD);

        Document dashboard = Http.html(editor.get("/editor"));
        Element section = dashboard.selectFirst("#translations-behind");
        assertThat(section.selectFirst("h2").text()).startsWith("Translations behind their source");
        Element row = section.select("li").stream()
                .filter(li -> li.text().contains("Caminar"))
                .findFirst()
                .orElseThrow();
        String diff = row.selectFirst("a.source-diff").attr("href");
        assertThat(diff)
                .isEqualTo("/editor/articles/walking-after-meals/diff?from=" + translatedFrom + "&to=" + clinical);
        assertThat(editor.get(diff).statusCode()).isEqualTo(200);

        assertThat(http.get("/editor").statusCode())
                .as("readers are not let in")
                .isNotEqualTo(200);

        publishSpanish("caminar-despues-de-comer", "Camine 15 minutos.");
        assertThat(Http.html(editor.get("/editor")).select("#translations-behind li"))
                .noneMatch(li -> li.text().contains("Caminar"));
    }

    private void pair(String original, String translation) {
        publishOriginal(original, "Eat well.", ChangeKind.CLINICAL);
        publishSpanish(translation, "Coma bien.");
        long t = reader.published(translation).orElseThrow().articleId();
        long o = reader.published(original).orElseThrow().articleId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> groups.setOriginal(t, o));
    }

    private long publishOriginal(String slug, String text, ChangeKind kind) {
        return publish(slug, "en", slug.replace('-', ' '), text, kind, 60); // reviewed later than its translation
    }

    private long publishSpanish(String slug, String text) {
        String title = Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' ');
        return publish(slug, "es", title, text, ChangeKind.CLINICAL, 0);
    }

    // As an import publishes reviewed content: the freshness rule is the same whichever way.
    private long publish(String slug, String language, String title, String text, ChangeKind kind, int daysLater) {
        MedicalReview base = reader.published("obesity").orElseThrow().review();
        MedicalReview review = new MedicalReview(
                base.reviewerName(),
                base.credentials(),
                base.specialty(),
                base.reviewedOn().plusDays(daysLater),
                base.nextReviewDue());
        return new TransactionTemplate(transactions).execute(status -> {
            ArticleRow row = writer.findOrCreate(slug, language, ContentType.CONDITION);
            long revision = writer.saveRevision(
                            row,
                            Drafts.draft(title).overview(text).note(text, kind).build())
                    .orElseThrow();
            writer.approveAndPublish(row, revision, review);
            return revision;
        });
    }
}
