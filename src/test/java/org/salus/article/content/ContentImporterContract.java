package org.salus.article.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code translation_of:} in content files, imported on every supported database: the link is
 * written once every file is stored, and the topic pages show it. Runs on H2
 * ({@link ContentImporterTests}) and PostgreSQL ({@link ContentImporterPostgresTests}); slugs are
 * new on every run, since the PostgreSQL database outlives it.
 */
@SiteTest
abstract class ContentImporterContract {

    @Autowired
    ContentImporter importer;

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final ContentFileParser parser = new ContentFileParser();

    @Test
    void aTranslationBeforeItsOriginalInOneImportLinksBothPages() {
        importer.importAll(List.of(spanish("gota", "gout"), english("gout")));

        assertThat(translationLink("/topics/" + slug("gout")).text()).isEqualTo("En español: Gota " + run);
        assertThat(translationLink("/topics/" + slug("gota")).text()).isEqualTo("In English: Gout " + run);
        assertThat(translationLink("/topics/" + slug("gota")).attr("lang")).isEqualTo("en");
    }

    @Test
    void anOriginalAlreadyOnTheSiteIsFoundAndReimportingChangesNothing() {
        importer.importAll(List.of(english("gout")));
        ContentFile translation = spanish("gota", "gout");
        importer.importAll(List.of(translation));

        assertThat(importer.importAll(List.of(translation)).unchanged()).isEqualTo(1);
        assertThat(links(slug("gout"))).isEqualTo(1);
        assertThat(links(slug("gota"))).isEqualTo(1);
        assertThat(translationLink("/topics/" + slug("gout")).text()).isEqualTo("En español: Gota " + run);
    }

    @Test
    void changingTheKeyMovesTheLinkAndRemovingItDropsIt() {
        importer.importAll(List.of(english("gout"), english("arthritis"), spanish("gota", "gout")));

        importer.importAll(List.of(spanish("gota", "arthritis")));
        assertThat(links(slug("gout"))).isZero();
        assertThat(translationLink("/topics/" + slug("gout"))).isNull();
        assertThat(translationLink("/topics/" + slug("arthritis")).text()).isEqualTo("En español: Gota " + run);

        importer.importAll(List.of(parse("gota.md", text(slug("gota"), "Gota " + run, "es", null))));
        assertThat(links(slug("arthritis"))).isZero();
        assertThat(translationLink("/topics/" + slug("gota"))).isNull();
    }

    @Test
    void anUnknownOriginalIsRefusedAtItsLine() {
        ContentFile translation = spanish("gota", "nowhere");

        assertThatThrownBy(() -> importer.importAll(List.of(translation)))
                .hasMessage("gota.md:5: translation_of '" + slug("nowhere")
                        + "' is neither in this import nor on the site");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = :s")
                        .param("s", slug("gota"))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aTranslationInTheLanguageOfItsOriginalIsRefused() {
        ContentFile sameLanguage = parse("gout2.md", text(slug("gout2"), "Gout two " + run, "en", slug("gout")));

        assertThatThrownBy(() -> importer.importAll(List.of(english("gout"), sameLanguage)))
                .hasMessageStartingWith("gout2.md:5: translation_of '" + slug("gout") + "' is in 'en' too");
    }

    @Test
    void anOriginalHasOneTranslationPerLanguage() {
        ContentFile second = parse("gota2.md", text(slug("gota2"), "Gota dos " + run, "es", slug("gout")));

        assertThatThrownBy(() -> importer.importAll(List.of(english("gout"), spanish("gota", "gout"), second)))
                .hasMessageContaining("already has a translation in 'es'");
    }

    private Element translationLink(String path) {
        Document page = Http.html(http.get(path));
        return page.selectFirst("article p.translation");
    }

    private int links(String slug) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM article_translation x JOIN article a ON a.id = x.article_id WHERE a.slug = :s""").param("s", slug).query(Integer.class).single();
    }

    private String slug(String name) {
        return name + "-" + run;
    }

    private ContentFile english(String name) {
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + run;
        return parse(name + ".md", text(slug(name), title, "en", null));
    }

    private ContentFile spanish(String name, String original) {
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + run;
        return parse(name + ".md", text(slug(name), title, "es", slug(original)));
    }

    private ContentFile parse(String name, String text) {
        return parser.parse(name, text);
    }

    /** A reviewed one-section article; {@code translation_of:} on line 5 when given. */
    private static String text(String slug, String title, String language, String original) {
        return """
                ---
                slug: %s
                title: %s
                language: %s
                %stype: condition
                summary: A short summary of this test article.
                sources:
                  - organisation: NIH
                    title: A page
                    url: https://www.nih.gov/
                review:
                  reviewer: Dr. Test
                  credentials: MD
                  reviewed: 2026-11-01
                ---

                ## Overview {section=overview}

                Some words.
                """.formatted(slug, title, language, original == null ? "" : "translation_of: " + original + "\n");
    }
}
