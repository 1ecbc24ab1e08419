package org.salus.image;

import java.util.List;
import java.util.Optional;

import org.salus.article.ReviewerPhotos;
import org.springframework.stereotype.Component;

/** The image library as the source of reviewers' photos (docs/editorial-workflow.md, reviewer profiles). */
@Component
class ReviewerPhotoSource implements ReviewerPhotos {

    private final ImageStore store;

    ReviewerPhotoSource(ImageStore store) {
        this.store = store;
    }

    @Override
    public Optional<Photo> photo(long imageId, String language) {
        return store.find(imageId).map(image -> {
            ImageInfo.Size smallest = image.sizes().get(0);
            String alt = "es".equals(language) ? image.altEs() : image.altEn();
            return new Photo(
                    smallest.url(),
                    image.srcset(),
                    image.largest().width(),
                    image.largest().height(),
                    alt == null || alt.isBlank() ? null : alt);
        });
    }

    @Override
    public List<Choice> choices() {
        return store.all().stream()
                .map(image -> new Choice(image.id(), image.slug(), image.altEn()))
                .toList();
    }
}
