package org.salus.imports.medlineplus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.article.Code;
import org.salus.article.ContentType;
import org.salus.article.PublishedArticle;
import org.salus.importing.ImportOptions;
import org.salus.importing.ImportReport;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports the real MedlinePlus samples when the shared data folder next to the project holds
 * them; skipped otherwise. Its own context, so the fixture topics are not counted.
 */
@SiteTest
@OwnContext("medlineplus-real-data")
class MedlinePlusRealDataTests {

    static final Path DATA = Path.of("../shared/data/medlineplus");
    static final Path TOPICS = DATA.resolve("mplus_topics_2012-07-21.sample-2-topics.xml");
    static final Path VOCABULARY = DATA.resolve("medline_vocab_2011-04-23.sample-27-topics.xml");

    @Autowired
    MedlinePlusImporter importer;

    @Autowired
    ArticleReader reader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Http http;

    @Test
    void theTwoTopicSampleYieldsTheEnglishAndSpanishTopicsLinkedAsTranslations() {
        Assumptions.assumeTrue(Files.exists(TOPICS), TOPICS + " is not there");
        long start = System.nanoTime();

        ImportReport report = importer.run(
                TOPICS, new ImportOptions(ImportOptions.Mode.SYNDICATED), new PrintStream(System.out, true));
        System.out.printf(
                "medlineplus real sample: %s in %d ms; notes: %s%n",
                report.summary(), (System.nanoTime() - start) / 1_000_000, report.notes());

        assertThat(report.summary()).isEqualTo("created 2, updated 0, unchanged 0");
        PublishedArticle english = reader.published("abdominal-pain").orElseThrow();
        PublishedArticle spanish = reader.published("dolor-abdominal").orElseThrow();
        assertThat(english.language()).isEqualTo("en");
        assertThat(spanish.language()).isEqualTo("es");
        assertThat(english.contentType()).isEqualTo(ContentType.SYMPTOM);
        assertThat(english.alsoCalled()).containsExactly("Bellyache");
        assertThat(english.codes()).contains(new Code("MESH", "D015746", "Abdominal Pain"));
        assertThat(english.summary()).startsWith("Your abdomen extends from below your chest to your groin.");
        assertThat(english.sources()).hasSize(50); // the MedlinePlus page and its 49 sites
        assertThat(spanish.sources()).hasSize(25); // the page and 24 of its 30 sites: 6 are NON-DISPLAY
        assertThat(english.sources().get(0).url()).isEqualTo("https://www.nlm.nih.gov/medlineplus/abdominalpain.html");
        assertThat(jdbc.sql("""
                SELECT g.name FROM article_group g JOIN article a ON a.id = g.article_id
                WHERE a.slug = 'abdominal-pain' ORDER BY g.ordinal""").query(String.class).list()).containsExactly("Digestive System", "Symptoms");
        // Its related topics (Pain, Pelvic Pain) are not in the two-topic sample.
        assertThat(report.notes()).anyMatch(note -> note.contains("ids 351, 4486, 2072"));

        Document englishPage = Http.html(http.get("/topics/abdominal-pain"));
        assertThat(englishPage.selectFirst("p.translation a[hreflang=es]").attr("href"))
                .isEqualTo("/topics/dolor-abdominal");
        Document spanishPage = Http.html(http.get("/topics/dolor-abdominal"));
        assertThat(spanishPage.selectFirst("p.translation a[hreflang=en]").attr("href"))
                .isEqualTo("/topics/abdominal-pain");
    }

    @Test
    void theOlderVocabularySampleImportsWithItsTranslationPairs() {
        Assumptions.assumeTrue(Files.exists(VOCABULARY), VOCABULARY + " is not there");

        ImportReport report = importer.run(VOCABULARY, new PrintStream(System.out, true));
        System.out.println("medlineplus vocabulary sample: " + report.summary() + "; notes: " + report.notes());

        assertThat(report.created()).isEqualTo(27);
        assertThat(report.skipped()).isZero();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM article_translation t JOIN article_origin o ON o.article_id = t.article_id
                WHERE o.source = 'medlineplus'""").query(Integer.class).single()).isGreaterThan(0).isEven();
    }
}
