package org.salus.article.content;

/** What is wrong with a content file, and where: {@code insulin-resistance.md:14: ...}. */
public class ContentFileException extends RuntimeException {

    public ContentFileException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }
}
