package org.salus.image;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;

import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The library page where editors upload images ({@code /editor/images}) and the public address
 * of every rendition ({@code /images/<hash>-<width>.<ext>}). A rendition's name is a hash of its
 * bytes, so its answer never changes: cached for a year, immutable.
 */
@Controller
class ImageController {

    static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final ImageLibrary library;
    private final ImageProperties limits;

    ImageController(ImageLibrary library, ImageProperties limits) {
        this.library = library;
        this.limits = limits;
    }

    @GetMapping("/editor/images")
    ModelAndView list(@RequestParam(required = false) String stored, PageContext ctx) {
        return page(ctx, empty(), null, stored, HttpStatus.OK);
    }

    @PostMapping("/editor/images")
    ModelAndView upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "") String altEn,
            @RequestParam(defaultValue = "") String altEs,
            @RequestParam(defaultValue = "") String captionEn,
            @RequestParam(defaultValue = "") String captionEs,
            @RequestParam(defaultValue = "") String credit,
            @RequestParam(defaultValue = "") String licence,
            Principal editor,
            PageContext ctx)
            throws IOException {
        ImageUpload words = new ImageUpload(slug, altEn, altEs, captionEn, captionEs, credit, licence);
        if (file == null || file.isEmpty()) {
            return page(ctx, words, "image.refused.empty", null, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        // Checked before the bytes are read: a 50 MB file never reaches memory.
        if (file.getSize() > limits.maxBytes().toBytes()) {
            return page(ctx, words, "image.refused.tooLarge", null, HttpStatus.CONTENT_TOO_LARGE);
        }
        try {
            library.upload(words, file.getBytes(), editor.getName());
        } catch (ImageRefusal refusal) {
            return page(ctx, words, refusal.messageKey(), null, statusOf(refusal));
        }
        return new ModelAndView("redirect:/editor/images?stored=" + words.slug());
    }

    @GetMapping("/images/{file:[0-9a-f]{20}-[0-9]{1,5}\\.(?:png|jpg)}")
    ResponseEntity<byte[]> rendition(@PathVariable String file, WebRequest request) {
        Rendition rendition = library.rendition(file).orElseThrow(() -> new NotFoundException("image"));
        String etag = "\"" + file + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .cacheControl(FOREVER)
                    .eTag(etag)
                    .build();
        }
        return ResponseEntity.ok()
                .cacheControl(FOREVER)
                .eTag(etag)
                .contentType(MediaType.parseMediaType(rendition.contentType()))
                .body(rendition.bytes());
    }

    private ModelAndView page(PageContext ctx, ImageUpload typed, String problem, String stored, HttpStatus status) {
        ModelAndView view = new ModelAndView("image/library", status);
        view.addObject(
                "page",
                new ImagePage(
                        ctx,
                        typed,
                        problem,
                        stored != null && library.has(stored) ? stored : null,
                        library.all(),
                        limits.maxBytes().toMegabytes()));
        return view;
    }

    private static HttpStatus statusOf(ImageRefusal refusal) {
        return switch (refusal.messageKey()) {
            case "image.refused.tooLarge", "image.refused.pixels" -> HttpStatus.CONTENT_TOO_LARGE;
            case "image.refused.type", "image.refused.svg" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    private static ImageUpload empty() {
        return new ImageUpload("", "", "", "", "", "", "");
    }
}
