package org.salus.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salus.edition.EditionFiles.assertServes;
import static org.salus.edition.EditionFiles.sibling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.importing.ImportOptions;
import org.salus.importing.Importer;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * {@code export static DIR} on the real MedQuAD corpus when the shared data folder next to the
 * project holds it (skipped otherwise, like the other real-data tests): its 2,803 articles are
 * imported as syndicated content, then the whole edition is written. Every published article has
 * its file with both siblings, the folder holds exactly the page set, and sampled MedQuAD pages
 * are byte for byte the app's answer. Its own context, so the imported articles stay out of the
 * other tests.
 */
@SiteTest
@OwnContext("edition-medquad")
class ExportStaticMedQuadTests {

    static final Path ZIP = Path.of("../shared/data/medquad/medquad-nih-subsets.zip");

    @Autowired
    List<Importer> importers;

    @Autowired
    ExportStaticCommand command;

    @Autowired
    PageSet pageSet;

    @Autowired
    Http http;

    @TempDir
    Path dir;

    @Test
    void exportsEveryMedQuadArticleAsTheAppServesIt() throws IOException {
        Assumptions.assumeTrue(Files.exists(ZIP), ZIP + " is not there");
        Importer medquad = importers.stream()
                .filter(i -> i.format().equals("medquad"))
                .findFirst()
                .orElseThrow();
        medquad.run(ZIP, ImportOptions.parse(List.of("--as=syndicated")), new PrintStream(System.out, true));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(
                new DefaultApplicationArguments("export", "static", dir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.print(printed);

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path pages = dir.resolve(EditionFolder.PAGES);
        Set<String> articles = pageSet.articlePages();
        assertThat(articles).hasSizeGreaterThan(2_803); // MedQuAD's articles and the sample site's
        for (String address : articles) {
            Path file = pages.resolve(Addresses.file(address));
            assertThat(file).as(address).isRegularFile();
            assertThat(sibling(file, ".gz")).as(address + ".gz").isRegularFile();
            assertThat(sibling(file, ".br")).as(address + ".br").isRegularFile();
        }
        // The folder holds the page set and nothing else: articles, terms, and the printed count.
        long governance = articles.stream() // pages at /about and /es/about (GovernancePages)
                .filter(address -> !address.startsWith("/topics/") && !address.startsWith("/quizzes/"))
                .count();
        assertThat(htmlFiles(pages.resolve("topics")) + htmlFiles(pages.resolve("quizzes")))
                .isEqualTo(articles.size() - governance);
        assertThat(htmlFiles(pages.resolve("dictionary")))
                .isEqualTo(pageSet.termPages().size());
        assertThat(printed).contains("(%,d files written, 0 gone".formatted(pageFiles(pages)));
        assertThat(dir.resolve(EditionFolder.GONE)).isEmptyDirectory();

        // Sampled pages, every 500th article in address order, and the lists that name them all.
        List<String> sample = new ArrayList<>();
        List<String> sorted = articles.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i += 500) {
            sample.add(sorted.get(i));
        }
        sample.addAll(List.of("/topics", "/sitemaps/topics-1.xml"));
        for (String address : sample) {
            assertServes(http, pages.resolve(Addresses.file(address)), address, 200);
        }
    }

    private static long htmlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".html")).count();
        }
    }

    /** Page files, without their siblings and the text-size stylesheets. */
    private static long pageFiles(Path pages) throws IOException {
        try (Stream<Path> files = Files.walk(pages)) {
            return files.filter(Files::isRegularFile)
                    .map(pages::relativize)
                    .map(Path::toString)
                    .filter(f -> !f.endsWith(".gz") && !f.endsWith(".br") && !f.startsWith("text-size/"))
                    .count();
        }
    }
}
