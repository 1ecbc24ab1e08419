package org.salus.article;

import java.util.List;
import java.util.Optional;

/**
 * Pictures a reviewer's profile may show, from the image library. The library ({@code image}) uses
 * {@code article}, so it provides this rather than {@code article} reaching into it; a site without
 * the library shows no photos.
 */
public interface ReviewerPhotos {

    /** Image {@code imageId} as a photo with its words in {@code language}, if the library holds it. */
    Optional<Photo> photo(long imageId, String language);

    /** Every image an administrator may choose from, newest first. */
    List<Choice> choices();

    /**
     * A photo as the page shows it.
     *
     * @param alt    the library's alt text in the page's language, or null when it has none
     * @param srcset every rendition, {@code url 320w, …}
     */
    record Photo(String src, String srcset, int width, int height, String alt) {}

    /** An image in the administrator's list: its id, slug and English alt text. */
    record Choice(long id, String slug, String alt) {}
}
