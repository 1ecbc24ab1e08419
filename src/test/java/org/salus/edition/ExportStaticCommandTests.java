package org.salus.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salus.edition.EditionFiles.assertServes;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * {@code export static DIR} on the sample site: a file for every page type, each exactly what the
 * app serves for the same request, with .gz and .br siblings that decode to it.
 */
@SiteTest
class ExportStaticCommandTests {

    /** One address of every page type, and its file under pages/. */
    static final List<List<String>> PAGE_TYPES = List.of(
            List.of("/", "index.html"),
            List.of("/es", "es.html"),
            List.of("/topics", "topics.html"),
            List.of("/es/topics", "es/topics.html"),
            List.of("/topics/insulin-resistance", "topics/insulin-resistance.html"),
            List.of("/topics/resistencia-insulina", "topics/resistencia-insulina.html"),
            List.of("/dictionary", "dictionary.html"),
            List.of("/es/dictionary", "es/dictionary.html"),
            List.of("/dictionary/a1c", "dictionary/a1c.html"),
            List.of("/dictionary/a1c-es", "dictionary/a1c-es.html"),
            List.of("/quizzes", "quizzes.html"),
            List.of("/es/quizzes", "es/quizzes.html"),
            List.of("/quizzes/test-your-diabetes-iq", "quizzes/test-your-diabetes-iq.html"),
            List.of("/feed.atom", "feed.atom"),
            List.of("/sitemap.xml", "sitemap.xml"),
            List.of("/sitemaps/pages.xml", "sitemaps/pages.xml"),
            List.of("/sitemaps/topics-1.xml", "sitemaps/topics-1.xml"),
            List.of("/sitemaps/quizzes-1.xml", "sitemaps/quizzes-1.xml"),
            List.of("/sitemaps/dictionary-1.xml", "sitemaps/dictionary-1.xml"),
            List.of("/robots.txt", "robots.txt"));

    @Autowired
    ExportStaticCommand command;

    @Autowired
    Http http;

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void exportWritesEveryPageTypeAsTheAppServesIt() throws Exception {
        int exit = run("export", "static", dir.toString());

        assertThat(exit).as(text(err)).isZero();
        assertThat(text(out))
                .startsWith("export static: wrote ")
                .contains(" pages (")
                .contains(" s\n");
        Path pages = dir.resolve("pages");
        for (List<String> type : PAGE_TYPES) {
            assertServes(http, pages.resolve(type.get(1)), type.get(0), 200);
        }
        // Every published article and live term has its file; nothing with a query string or a POST.
        try (Stream<Path> topics = Files.list(pages.resolve("topics"))) {
            assertThat(topics.filter(f -> f.toString().endsWith(".html"))).hasSizeGreaterThanOrEqualTo(15);
        }
        try (Stream<Path> terms = Files.list(pages.resolve("dictionary"))) {
            assertThat(terms.filter(f -> f.toString().endsWith(".html"))).hasSizeGreaterThan(56);
        }
        assertThat(EditionState.read(dir))
                .hasValueSatisfying(state -> assertThat(state.position()).isPositive());
        assertThat(dir.resolve("gone")).isEmptyDirectory();
        // One stylesheet per text size, as the app answers /text-size.css to that size's cookie.
        for (String size : List.of("small", "medium", "large", "largest")) {
            byte[] served = http.getBytes(
                            "/text-size.css", "Cookie", "salus_text_size=" + size, "Accept-Encoding", "identity")
                    .body();
            assertThat(pages.resolve("text-size/" + size + ".css")).hasBinaryContent(served);
        }
    }

    @Test
    void aSecondExportRewritesNoUnchangedFile() throws Exception {
        assertThat(run("export", "static", dir.toString())).isZero();
        Path page = dir.resolve("pages/topics/insulin-resistance.html");
        var modified = Files.getLastModifiedTime(page);
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(modified.toMillis() - 60_000));
        var backdated = Files.getLastModifiedTime(page);

        assertThat(run("export", "static", dir.toString())).isZero();

        assertThat(Files.getLastModifiedTime(page)).isEqualTo(backdated);
        assertThat(text(out)).contains("0 files written");
    }

    @Test
    void withoutAFolderItPrintsItsUsage() {
        assertThat(run("export", "static")).isEqualTo(2);
        assertThat(text(err)).startsWith("usage: java -jar salus.jar export static <folder>");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return command.run(new DefaultApplicationArguments(args), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
