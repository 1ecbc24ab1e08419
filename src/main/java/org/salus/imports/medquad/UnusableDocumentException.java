package org.salus.imports.medquad;

/**
 * A document that cannot become an article. The message says why for the import report; the
 * line is where in the file the problem is, or 0 when it concerns the whole file.
 */
class UnusableDocumentException extends Exception {

    private final int line;

    UnusableDocumentException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }

    /** {@code name:line: message; skipped}, or without the line when it is not known. */
    String note(String name) {
        return name + (line > 0 ? ":" + line : "") + ": " + getMessage() + "; skipped";
    }
}
