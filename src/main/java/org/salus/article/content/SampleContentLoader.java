package org.salus.article.content;

import java.util.List;

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
 * working site. A database that holds any article is left alone, and so is one that a command
 * is about to fill, and all of them when {@code salus.sample-content.enabled} is false.
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
        if (!enabled || Commands.isCommand(args.getSourceArgs()) || articles.count() > 0) {
            return;
        }
        List<ContentFile> files = new ContentFolder().readClasspath(LOCATION);
        ImportReport report = importer.importAll(files);
        log.info("Loaded sample content into an empty database: {}", report.summary());
    }
}
