/**
 * Images for articles: the library editors upload to ({@code /editor/images}), the sanitising
 * re-encoder ({@link org.salus.image.ImageSanitiser}: PNG and JPEG only, size and pixel limits,
 * every upload decoded and written anew), the responsive renditions served at
 * {@code /images/<hash>-<width>.<ext>} with year-long immutable caching, and the Markdown
 * reference {@code ![alt](image:slug "caption")} turned into a {@code <figure>} when a revision
 * is stored ({@link org.salus.image.ImageFigures}, an {@link org.salus.article.SectionLinker}).
 * Tables {@code image} and {@code image_rendition}. Uses {@code article} (to re-render published
 * sections after an upload) and the web plumbing; no feature depends on it.
 */
package org.salus.image;
