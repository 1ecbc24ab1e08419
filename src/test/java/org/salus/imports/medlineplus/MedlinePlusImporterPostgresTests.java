package org.salus.imports.medlineplus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.article.ArticleTranslations;
import org.salus.article.RelatedArticle;
import org.salus.article.Translation;
import org.salus.importing.ImportOptions;
import org.salus.testsupport.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The importer's SQL (origins, groups, translation links) and V22/V23 on a real PostgreSQL
 * server. Runs when {@code PG_URL} names one, as {@code .ci/run} does. The database may hold an
 * earlier run's import, so the test asserts the state after importing, then that a re-import
 * changes nothing.
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MedlinePlusImporterPostgresTests {

    @Autowired
    MedlinePlusImporter importer;

    @Autowired
    ArticleReader reader;

    @Autowired
    ArticleTranslations translations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheFixtureWithItsLinksAndReimportsItUnchanged() {
        ImportOptions syndicated = new ImportOptions(ImportOptions.Mode.SYNDICATED);
        importer.run(TopicReaderTests.FIXTURES.resolve("health-topics.xml"), syndicated, quiet());

        long knee = reader.published("knee-pain").orElseThrow().articleId();
        long spanishId = reader.published("dolor-de-rodilla").orElseThrow().articleId();
        assertThat(translations.of(knee))
                .containsExactly(new Translation("es", "dolor-de-rodilla", "Dolor de rodilla", spanishId));
        assertThat(reader.published("knee-pain").orElseThrow().related())
                .extracting(RelatedArticle::slug)
                .containsExactly("ankle-injuries");
        assertThat(jdbc.sql("SELECT name FROM article_group WHERE article_id = :a ORDER BY ordinal")
                        .param("a", knee)
                        .query(String.class)
                        .list())
                .containsExactly("Bones, Joints and Muscles", "Symptoms");

        assertThat(importer.run(TopicReaderTests.FIXTURES.resolve("health-topics.xml"), syndicated, quiet())
                        .summary())
                .isEqualTo("created 0, updated 0, unchanged 3");
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
