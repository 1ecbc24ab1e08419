package org.salus.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.command.Command;
import org.salus.importing.ImportOptions;
import org.salus.importing.Importer;
import org.salus.search.SearchIndex;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * No reader page over 200 KB with MedQuAD, the NCI glossary and the Disease Ontology loaded
 * (issue 19.7), and MedQuAD's three "High Blood Pressure" pages told apart in the A–Z and in
 * search. The real data is imported once from the shared folder next to the project (skipped when
 * it is not there); then the whole static edition is written, which renders every reader page that
 * is the same for everyone (every article, term and the first page of every list), and its
 * largest page is measured. The further pages of the lists ({@code ?letter=}, {@code ?page=}) are
 * not files of the edition, so the largest letters are asked for over HTTP.
 */
@SiteTest
@OwnContext("browse-real-data")
class BrowseRealDataTests {

    static final Path DATA = Path.of("../shared/data");
    static final long LIMIT = 200 * 1024;

    @Autowired
    Http http;

    @Autowired
    List<Importer> importers;

    @Autowired
    List<Command> commands;

    @Autowired
    SearchIndex index;

    @TempDir
    Path dir;

    @Test
    void noReaderPageIsOver200KbWithTheRealData() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("medquad")), DATA + " is not there");
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("nci-cancer-terms")), "no NCI glossary");
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("disease-ontology")), "no Disease Ontology");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        importer("medquad")
                .run(
                        DATA.resolve("medquad/medquad-nih-subsets.zip"),
                        ImportOptions.parse(List.of("--as=syndicated")),
                        out);
        importer("nci-glossary").run(DATA.resolve("nci-cancer-terms"), out);
        importer("disease-ontology").run(DATA.resolve("disease-ontology"), out);
        long imported = System.nanoTime();

        exportStatic();
        Page largest = largestPage();
        out.printf(
                "BrowseRealDataTests: imports %d s, export %d s; largest page %s, %,d bytes%n",
                (imported - started) / 1_000_000_000,
                (System.nanoTime() - imported) / 1_000_000_000,
                largest.path(),
                largest.bytes());
        assertThat(largest.bytes())
                .as("the largest page of the edition, %s, is %,d bytes", largest.path(), largest.bytes())
                .isLessThan(LIMIT);

        for (String page : List.of(
                "/topics?letter=H",
                "/topics?letter=C",
                "/topics?letter=C&page=2",
                "/dictionary?letter=C",
                "/dictionary?letter=S",
                "/es/dictionary?letter=C",
                "/changes?page=2")) {
            HttpResponse<String> response = http.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat((long) response.body().getBytes(StandardCharsets.UTF_8).length)
                    .as(page)
                    .isLessThan(LIMIT);
        }
        sameTitlesAreToldApart();
    }

    /**
     * MedQuAD's three "High Blood Pressure" pages each name their source, in the A–Z and in search.
     * The A–Z's find, not {@code ?letter=H}: H has several pages and these are not on the first.
     */
    private void sameTitlesAreToldApart() {
        List<String> az = Http.html(http.get("/topics?q=high+blood+pressure")).select(".az-list li").eachText().stream()
                // the same title exactly ("High Blood Pressure and Kidney Disease" is another title)
                .filter(line -> line.startsWith("High Blood Pressure Condition"))
                .toList();
        assertThat(az).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
        assertThat(az).allSatisfy(line -> assertThat(line).contains(" From "));
        index.awaitQuiet(Duration.ofSeconds(60));
        List<String> found =
                Http.html(http.get("/search?q=high+blood+pressure")).select("ol.search-results > li").stream()
                        .filter(li -> li.selectFirst("h2 a").text().equals("High Blood Pressure"))
                        .map(li -> li.selectFirst(".result-meta").text())
                        .toList();
        assertThat(found).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
        assertThat(found).allSatisfy(meta -> assertThat(meta).contains(" · From "));
    }

    private void exportStatic() {
        Command export = commands.stream()
                .filter(c -> c.name().equals("export static"))
                .findFirst()
                .orElseThrow();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = export.run(
                new DefaultApplicationArguments("export", "static", dir.toString()),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private Page largestPage() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> new Page(dir.relativize(f).toString(), size(f)))
                    .max(Comparator.comparingLong(Page::bytes))
                    .orElseThrow();
        }
    }

    record Page(String path, long bytes) {}

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Importer importer(String format) {
        return importers.stream()
                .filter(i -> i.format().equals(format))
                .findFirst()
                .orElseThrow();
    }
}
