package org.salus.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.salus.article.SampleContentProperties;
import org.salus.article.StoredRevisions;
import org.salus.command.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Puts the sample articles' illustrations ({@code content/images/<slug>.png}, with their words in
 * {@code <slug>.properties}) into the library of an empty site, before the sample articles are
 * stored, so their figures render at once. Same rule as the sample content: only into a database
 * without articles, never during a command, not at all when {@code salus.sample-content.enabled}
 * is false. They go through the same checks and re-encoding as any upload.
 */
@Component
@Order(-1) // before SampleContentLoader (0), whose articles show these images
class SampleImages implements ApplicationRunner {

    static final String LOCATION = "classpath*:content/images/*.png";
    private static final Logger log = LoggerFactory.getLogger(SampleImages.class);

    private final ImageLibrary library;
    private final StoredRevisions articles;
    private final boolean enabled;

    SampleImages(ImageLibrary library, StoredRevisions articles, SampleContentProperties settings) {
        this.library = library;
        this.articles = articles;
        this.enabled = settings.enabled();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || Commands.isCommand(args.getSourceArgs()) || articles.count() > 0) {
            return;
        }
        int loaded = 0;
        for (Resource png : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            String slug = png.getFilename().replaceFirst("\\.png$", "");
            if (library.has(slug)) {
                continue;
            }
            try (InputStream in = png.getInputStream()) {
                library.upload(words(png, slug), in.readAllBytes(), "salus");
                loaded++;
            } catch (ImageRefusal refusal) {
                throw new IllegalStateException("bundled image " + slug + " refused: " + refusal.messageKey());
            }
        }
        log.info("Loaded {} sample images into an empty database", loaded);
    }

    private static ImageUpload words(Resource png, String slug) {
        Properties words = new Properties();
        try (Reader in = new InputStreamReader(
                png.createRelative(slug + ".properties").getInputStream(), StandardCharsets.UTF_8)) {
            words.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled image " + slug + " has no readable .properties", e);
        }
        return new ImageUpload(
                slug,
                words.getProperty("alt.en"),
                words.getProperty("alt.es"),
                words.getProperty("caption.en"),
                words.getProperty("caption.es"),
                words.getProperty("credit"),
                words.getProperty("licence"));
    }
}
