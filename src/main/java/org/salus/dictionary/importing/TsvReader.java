package org.salus.dictionary.importing;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads tab-separated values as Python's {@code csv} module writes them (dialect
 * {@code excel-tab}): a field that starts with a double quote runs to the next lone quote, may
 * contain tabs and line breaks, and writes a quote as {@code ""}; any other field is taken as it
 * is, quotes included. Lines end in {@code \n}, {@code \r\n} or {@code \r}; a line break inside a
 * quoted field is returned as {@code \n}. Blank lines are skipped.
 */
final class TsvReader implements Closeable {

    /** One record and the line of the file it starts on (the first line is 1). */
    record Row(int line, List<String> fields) {

        Row {
            fields = List.copyOf(fields);
        }
    }

    /** The file is not valid TSV at {@link #line()}, e.g. a quoted field is never closed. */
    static final class TsvException extends IOException {

        private final int line;

        TsvException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private static final int NONE = -2;

    private final Reader in;
    private int line = 1;
    private int pending = NONE;

    TsvReader(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
    }

    /** The next record, or {@code null} at the end of the file. */
    Row next() throws IOException {
        int c = read();
        while (c == '\n') {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            StringBuilder field = new StringBuilder();
            if (c == '"') {
                c = readQuoted(field, start);
            }
            // Text after a closing quote is kept, as Python's reader does.
            while (c != '\t' && c != '\n' && c != -1) {
                field.append((char) c);
                c = read();
            }
            fields.add(field.toString());
            if (c != '\t') {
                return new Row(start, fields);
            }
            c = read();
        }
    }

    /** Reads up to the closing quote; returns the character after it. */
    private int readQuoted(StringBuilder field, int start) throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                throw new TsvException(start, "a quoted field starts here and is never closed");
            }
            if (c == '"') {
                c = read();
                if (c != '"') {
                    return c;
                }
            }
            field.append((char) c);
        }
    }

    /** The next character with every line ending turned into {@code \n}, counting lines. */
    private int read() throws IOException {
        int c;
        if (pending != NONE) {
            c = pending;
            pending = NONE;
        } else {
            c = in.read();
        }
        if (c == '\r') {
            int after = in.read();
            if (after != '\n') {
                pending = after;
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
