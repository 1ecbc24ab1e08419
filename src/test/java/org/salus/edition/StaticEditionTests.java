package org.salus.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salus.edition.EditionFiles.assertAbsent;
import static org.salus.edition.EditionFiles.assertServes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.article.ArticleWriter;
import org.salus.article.ContentType;
import org.salus.article.StoredRevisions;
import org.salus.dictionary.Dictionary;
import org.salus.dictionary.TermDraft;
import org.salus.review.ArticleIdentity;
import org.salus.review.ReviewedSections;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The site with {@code salus.static.dir} set keeps the folder current from the change log: a
 * publication through the editorial workflow rewrites the article's file, its lists and home pages
 * (and no unrelated article's), and a retirement replaces the page by the app's 410 page under gone/.
 */
@SiteTest
@OwnContext("static-edition")
class StaticEditionTests {

    static final Path DIR = temp();

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry registry) {
        registry.add("salus.static.dir", DIR::toString);
    }

    @Autowired
    StaticEdition edition;

    @Autowired
    Publisher publisher;

    @Autowired
    ArticleWriter writer;

    @Autowired
    StoredRevisions articles;

    @Autowired
    Http http;

    @Autowired
    Dictionary dictionary;

    @Autowired
    ReviewedSections sections;

    @Autowired
    People people;

    @BeforeEach
    void quiet() {
        edition.awaitQuiet(Duration.ofMinutes(2));
        edition.takeRendered();
    }

    @Test
    void theSiteWritesItsEditionAtStartAndRecordsItsPosition() throws IOException {
        assertServes(http, page("topics/type-2-diabetes.html"), "/topics/type-2-diabetes", 200);
        assertServes(http, page("index.html"), "/", 200);
        assertThat(EditionState.read(DIR))
                .hasValueSatisfying(state -> assertThat(state.position())
                        .isEqualTo(edition.position())
                        .isPositive());
    }

    @Test
    void aPublicationRewritesTheArticleItsListsAndHomesButNoUnrelatedArticle() throws IOException {
        byte[] unrelated = Files.readAllBytes(page("topics/high-blood-pressure.html"));

        publisher.publish(
                "prediabetes",
                Drafts.draft("Prediabetes, revised")
                        .overview("Prediabetes means blood sugar is higher than normal. See [A1C](/dictionary/a1c).")
                        .build());
        edition.awaitQuiet(Duration.ofMinutes(2));

        Set<String> rendered = edition.takeRendered();
        assertThat(rendered)
                .contains("/topics/prediabetes", "/", "/es", "/topics", "/es/topics", "/feed.atom", "/sitemap.xml")
                .contains("/dictionary/a1c") // the term page lists the articles that link to it
                .doesNotContain("/topics/high-blood-pressure", "/dictionary/bariatric-surgery");
        assertServes(http, page("topics/prediabetes.html"), "/topics/prediabetes", 200);
        assertThat(Files.readString(page("topics/prediabetes.html"), StandardCharsets.UTF_8))
                .contains("Prediabetes, revised");
        assertServes(http, page("topics.html"), "/topics", 200);
        assertThat(Files.readString(page("topics.html"), StandardCharsets.UTF_8))
                .contains("Prediabetes, revised");
        assertServes(http, page("index.html"), "/", 200);
        assertServes(http, page("feed.atom"), "/feed.atom", 200);
        assertServes(http, page("dictionary/a1c.html"), "/dictionary/a1c", 200);
        assertThat(Files.readString(page("dictionary/a1c.html"), StandardCharsets.UTF_8))
                .contains("Prediabetes, revised");
        assertThat(Files.readAllBytes(page("topics/high-blood-pressure.html"))).isEqualTo(unrelated);
    }

    /**
     * The dictionary's "physical activity" page lists the obesity article because an editor related it
     * there, not because the article's text links the word: a new title of the article reaches that
     * page's file too.
     */
    @Test
    void aPublicationRewritesTheTermPagesThatListTheArticleByHand() throws IOException {
        assertThat(Files.readString(page("topics/obesity.html"), StandardCharsets.UTF_8))
                .as("the article's page does not link the term")
                .doesNotContain("/dictionary/physical-activity\"");
        assertThat(Files.readString(page("dictionary/physical-activity.html"), StandardCharsets.UTF_8))
                .contains("/topics/obesity\"");

        publisher.publish(
                "obesity",
                Drafts.draft("Obesity, in plain words")
                        .overview("Obesity means having more body fat than is healthy.")
                        .build());
        edition.awaitQuiet(Duration.ofMinutes(2));

        assertThat(edition.takeRendered()).contains("/topics/obesity", "/dictionary/physical-activity");
        assertServes(http, page("dictionary/physical-activity.html"), "/dictionary/physical-activity", 200);
        assertThat(Files.readString(page("dictionary/physical-activity.html"), StandardCharsets.UTF_8))
                .contains("Obesity, in plain words");
    }

    /**
     * A new dictionary word re-links the published pages whose text uses it: only those pages (and
     * the word's own) are written again, with the new link, not every article's.
     */
    @Test
    void aNewTermRewritesOnlyThePagesWhoseTextItLinks() throws Exception {
        Path linked = page("topics/insulin-resistance.html");
        assertThat(Files.readString(linked, StandardCharsets.UTF_8)).doesNotContain("/dictionary/chemical-messenger");

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
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!Files.readString(linked, StandardCharsets.UTF_8).contains("href=\"/dictionary/chemical-messenger\"")
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        edition.awaitQuiet(Duration.ofMinutes(2));

        assertThat(Files.readString(linked, StandardCharsets.UTF_8))
                .as("the page's file links the new word")
                .contains("href=\"/dictionary/chemical-messenger\"");
        assertServes(http, linked, "/topics/insulin-resistance", 200);
        assertThat(edition.takeRendered())
                .contains("/topics/insulin-resistance", "/dictionary/chemical-messenger")
                .doesNotContain("/topics/high-blood-pressure", "/topics/obesity");
    }

    /**
     * A reviewer confirming one section changes what readers read (the section's own review date):
     * the article's file is written again with it, and unrelated articles' files are not.
     */
    @Test
    void aConfirmedSectionRewritesTheArticlesPage() throws IOException {
        assertThat(Files.readString(page("topics/insulin-resistance.html"), StandardCharsets.UTF_8))
                .doesNotContain("This section reviewed on");

        sections.confirm(people.create("edition-reviewer", Role.REVIEWER), "insulin-resistance", "symptoms");
        edition.awaitQuiet(Duration.ofMinutes(2));

        assertThat(edition.takeRendered())
                .contains("/topics/insulin-resistance")
                .doesNotContain("/topics/high-blood-pressure");
        assertServes(http, page("topics/insulin-resistance.html"), "/topics/insulin-resistance", 200);
        assertThat(Files.readString(page("topics/insulin-resistance.html"), StandardCharsets.UTF_8))
                .contains("This section reviewed on November 29, 2026");
    }

    @Test
    void aRetiredArticleIsReplacedByTheAppsGonePage() throws IOException {
        assertThat(page("topics/acanthosis-nigricans.html")).exists();

        writer.retire(articles.findBySlug("acanthosis-nigricans").orElseThrow(), "Merged into insulin resistance.");
        edition.awaitQuiet(Duration.ofMinutes(2));

        assertServes(http, DIR.resolve("gone/topics/acanthosis-nigricans.html"), "/topics/acanthosis-nigricans", 410);
        assertAbsent(page("topics/acanthosis-nigricans.html"));
        assertServes(http, page("topics.html"), "/topics", 200);
        assertThat(Files.readString(page("topics.html"), StandardCharsets.UTF_8))
                .doesNotContain("/topics/acanthosis-nigricans\"");
    }

    @Test
    void governancePagesAreFilesAndAnEditRewritesThePageButNoHealthList() throws IOException {
        assertServes(http, page("about.html"), "/about", 200);
        assertServes(http, page("about/privacy.html"), "/about/privacy", 200);
        assertServes(http, page("es/about/privacy.html"), "/es/about/privacy", 200);
        assertThat(Files.readString(page("about/privacy.html"), StandardCharsets.UTF_8))
                .as("the same for every reader")
                .doesNotContain("_csrf");

        publisher.publish(
                new ArticleIdentity("privacy-notice", "en", ContentType.PAGE),
                Drafts.draft("Privacy notice, revised")
                        .summary("What this site keeps about you, for how long, and how to ask us to erase it.")
                        .overview("We keep as little as we can.")
                        .build());
        edition.awaitQuiet(Duration.ofMinutes(2));

        Set<String> rendered = edition.takeRendered();
        assertThat(rendered).contains("/about/privacy", "/es/about/privacy", "/sitemap.xml");
        assertThat(rendered).doesNotContain("/topics/privacy-notice");
        assertServes(http, page("about/privacy.html"), "/about/privacy", 200);
        assertThat(Files.readString(page("about/privacy.html"), StandardCharsets.UTF_8))
                .contains("Privacy notice, revised");
        assertThat(page("topics/privacy-notice.html")).doesNotExist();
    }

    @Test
    void reviewerPagesAreFilesInBothLanguagesAndAProfileChangeRewritesThem() throws IOException {
        assertServes(http, page("reviewers/dra-elena-ortiz.html"), "/reviewers/dra-elena-ortiz", 200);
        assertServes(http, page("es/reviewers/dra-elena-ortiz.html"), "/es/reviewers/dra-elena-ortiz", 200);
        assertThat(Files.readString(page("es/reviewers/dra-elena-ortiz.html"), StandardCharsets.UTF_8))
                .as("the same for every reader")
                .contains("Revisor médico")
                .doesNotContain("_csrf");

        people.create("editionadmin", Role.ADMIN);
        Visitor admin = http.visitor();
        admin.signIn("editionadmin", People.PASSWORD);
        String form = "/admin/reviewers/dra-elena-ortiz";
        assertThat(admin.submit(
                                form,
                                form,
                                Map.of("affiliations", "Clínica del Valle", "disclosure", "none", "disclosures", ""))
                        .statusCode())
                .isEqualTo(302);
        edition.awaitQuiet(Duration.ofMinutes(2));

        assertThat(edition.takeRendered()).contains("/reviewers/dra-elena-ortiz", "/es/reviewers/dra-elena-ortiz");
        assertServes(http, page("es/reviewers/dra-elena-ortiz.html"), "/es/reviewers/dra-elena-ortiz", 200);
        assertThat(Files.readString(page("es/reviewers/dra-elena-ortiz.html"), StandardCharsets.UTF_8))
                .contains("Clínica del Valle");
        assertThat(Files.readString(page("reviewers/dra-elena-ortiz.html"), StandardCharsets.UTF_8))
                .contains("Clínica del Valle");
    }

    private static Path page(String file) {
        return DIR.resolve("pages").resolve(file);
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("static-edition");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
