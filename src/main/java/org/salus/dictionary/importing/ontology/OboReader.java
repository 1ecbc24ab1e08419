package org.salus.dictionary.importing.ontology;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an OBO 1.2 file one stanza at a time, so a large ontology is never held in memory. The
 * header (the tag lines before the first stanza) is skipped; blank lines and {@code !} comment
 * lines are ignored. Values are returned as written: quoting, escapes, trailing modifiers and
 * comments are the caller's to interpret, because they differ by tag.
 */
final class OboReader implements Closeable {

    /** One {@code tag: value} line and its line number in the file (the first line is 1). */
    record Tag(int line, String name, String value) {}

    /** A stanza such as {@code [Term]}: its type without brackets, header line and tag lines. */
    record Stanza(String type, int line, List<Tag> tags) {

        Stanza {
            tags = List.copyOf(tags);
        }

        List<Tag> all(String name) {
            return tags.stream().filter(t -> t.name().equals(name)).toList();
        }

        Tag first(String name) {
            return tags.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
        }
    }

    private final BufferedReader in;
    private final List<Tag> header = new ArrayList<>();
    private int lineNumber;
    private String lookahead;
    private int lookaheadLine;

    OboReader(BufferedReader in) {
        this.in = in;
    }

    /** The next stanza, or {@code null} at the end of the file. */
    Stanza next() throws IOException {
        String line = lookahead != null ? lookahead : readLine();
        int headerLine = lookahead != null ? lookaheadLine : lineNumber;
        lookahead = null;
        while (line != null && !isStanzaHeader(line)) {
            if (header.size() < 1000) { // only lines before the first stanza get here
                headerTag(line);
            }
            line = readLine();
            headerLine = lineNumber;
        }
        if (line == null) {
            return null;
        }
        String type = line.strip();
        type = type.substring(1, type.indexOf(']'));
        List<Tag> tags = new ArrayList<>();
        while ((line = readLine()) != null) {
            if (isStanzaHeader(line)) {
                lookahead = line;
                lookaheadLine = lineNumber;
                break;
            }
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("!")) {
                continue;
            }
            int colon = stripped.indexOf(':');
            if (colon <= 0) {
                tags.add(new Tag(lineNumber, "", stripped)); // not a tag line; the caller may report it
            } else {
                tags.add(new Tag(
                        lineNumber,
                        stripped.substring(0, colon).strip(),
                        stripped.substring(colon + 1).strip()));
            }
        }
        return new Stanza(type, headerLine, tags);
    }

    /** The tag lines before the first stanza, once {@link #next()} has been called. */
    List<Tag> header() {
        return List.copyOf(header);
    }

    /** The number of the last line read. */
    int lineNumber() {
        return lineNumber;
    }

    private void headerTag(String line) {
        int colon = line.indexOf(':');
        if (colon > 0 && !line.strip().startsWith("!")) {
            header.add(new Tag(
                    lineNumber,
                    line.substring(0, colon).strip(),
                    line.substring(colon + 1).strip()));
        }
    }

    private static boolean isStanzaHeader(String line) {
        String s = line.strip();
        return s.startsWith("[") && s.indexOf(']') > 1;
    }

    private String readLine() throws IOException {
        String line = in.readLine();
        if (line != null) {
            lineNumber++;
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
