package org.salus.article.content;

import java.util.List;

import org.salus.article.ArticleRepository;
import org.salus.command.Commands;
import org.salus.importing.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the bundled sample articles at start, so a fresh clone shows a
 * working site. A database that holds any article is left alone, and so is one that a command
 * is about to fill.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "salus.sample-content.enabled", havingValue = "true", matchIfMissing = true)
class SampleContentLoader implements ApplicationRunner {

    static final String LOCATION = "classpath*:content/**/*.md";
    private static final Logger log = LoggerFactory.getLogger(SampleContentLoader.class);

    private final ContentImporter importer;
    private final ArticleRepository articles;

    SampleContentLoader(ContentImporter importer, ArticleRepository articles) {
        this.importer = importer;
        this.articles = articles;
    }

    @Override
    public void run(ApplicationArguments args) {
        // A command such as 'import content DIR' fills the database itself: no samples slipped in.
        if (Commands.isCommand(args.getSourceArgs()) || articles.count() > 0) {
            return;
        }
        List<ContentFile> files = new ContentFolder().readClasspath(LOCATION);
        ImportReport report = importer.importAll(files);
        log.info("Loaded sample content into an empty database: {}", report.summary());
    }
}
