package org.salus.image;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.salus.article.ArticleWriter;
import org.salus.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The image library: takes an upload (checked, sanitised, stored) and finds images for figures and
 * for serving. Images never change once stored (a new picture is a new upload under a new name),
 * so their URLs can be cached for good.
 */
@Service
public class ImageLibrary {

    private final ImageStore store;
    private final ImageSanitiser sanitiser;
    private final AuditLog audit;
    private final Clock clock;
    // ArticleWriter renders with ImageFigures, which reads this library: looked up when needed.
    private final ObjectProvider<ArticleWriter> articles;

    ImageLibrary(
            ImageStore store,
            ImageProperties limits,
            AuditLog audit,
            Clock clock,
            ObjectProvider<ArticleWriter> articles) {
        this.store = store;
        this.sanitiser = new ImageSanitiser(limits);
        this.audit = audit;
        this.clock = clock;
        this.articles = articles;
    }

    /**
     * Stores an upload, then renders the published articles again, so a page that already names
     * this image (written before it was uploaded) shows it.
     */
    long upload(ImageUpload words, byte[] file, String editor) throws ImageRefusal {
        Optional<String> problem = words.problem();
        if (problem.isPresent()) {
            throw new ImageRefusal(problem.get());
        }
        if (store.exists(words.slug())) {
            throw new ImageRefusal("image.refused.slugTaken");
        }
        List<Rendition> renditions = sanitiser.renditions(file);
        long id = store.insert(words, renditions, editor, clock.instant());
        audit.record(editor, "image.upload", null, null, null, words.slug());
        articles.getObject().relinkPublished();
        return id;
    }

    boolean has(String slug) {
        return store.exists(slug);
    }

    Optional<ImageInfo> find(String slug) {
        return store.find(slug);
    }

    List<ImageInfo> all() {
        return store.all();
    }

    Optional<Rendition> rendition(String fileName) {
        return store.rendition(fileName);
    }
}
