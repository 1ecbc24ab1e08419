/**
 * The static edition: reader pages that are the same for every reader written as files (with
 * {@code .gz} and {@code .br} siblings) into {@code salus.static.dir}, for nginx or a CDN to serve
 * at their own speed. Pages are rendered by the application itself over loopback HTTP
 * ({@link org.salus.edition.PageRenderer}), so a file is exactly what the app answers. It follows
 * the change log ({@link org.salus.edition.StaticEdition}) and is written whole by
 * {@code java -jar salus.jar export static DIR}. Reads the page set from {@code article}'s and
 * {@code dictionary}'s public listings; owns no table and no route; nothing depends on it.
 */
package org.salus.edition;
