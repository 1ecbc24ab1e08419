package org.salus.article.content;

import java.util.List;

import org.salus.article.ContentType;
import org.salus.article.SampleContentProperties;
import org.salus.article.StoredRevisions;
import org.salus.command.Commands;
import org.salus.importing.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the bundled sample articles at start, so a fresh clone shows a
 * working site. A database that already holds articles gets only the bundled governance pages it
 * has never had (a site started before they existed: every page's footer links them), never
 * sample health articles. A database that a command is about to fill is left alone, and all of
 * them when {@code salus.sample-content.enabled} is false.
 */
@Component
@Order(0)
class SampleContentLoader implements ApplicationRunner {

    static final String LOCATION = "classpath*:content/**/*.md";
    private static final Logger log = LoggerFactory.getLogger(SampleContentLoader.class);

    private final ContentImporter importer;
    private final StoredRevisions articles;
    private final boolean enabled;

    SampleContentLoader(ContentImporter importer, StoredRevisions articles, SampleContentProperties settings) {
        this.importer = importer;
        this.articles = articles;
        this.enabled = settings.enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        // A command such as 'import content DIR' fills the database itself: no samples slipped in.
        if (!enabled || Commands.isCommand(args.getSourceArgs())) {
            return;
        }
        List<ContentFile> files = new ContentFolder().readClasspath(LOCATION);
        if (articles.count() == 0) {
            ImportReport report = importer.importAll(files);
            log.info("Loaded sample content into an empty database: {}", report.summary());
            return;
        }
        // Slugs once used stay in the database (pages are retired, not deleted), so a page an editor
        // retired or rewrote under its slug is never brought back.
        List<ContentFile> missing = files.stream()
                .filter(file -> file.contentType() == ContentType.PAGE)
                .filter(file -> articles.findBySlug(file.slug()).isEmpty())
                .toList();
        if (!missing.isEmpty()) {
            ImportReport report = importer.importAll(missing);
            log.info("Added the bundled governance pages this site lacked (templates to adapt): {}", report.summary());
        }
    }
}
