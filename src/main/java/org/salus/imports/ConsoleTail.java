package org.salus.imports;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The console an import prints to, keeping only its last {@value #LINES} lines (each cut at
 * {@value #WIDTH} characters) so the stored progress stays small however long the import runs.
 * The import thread writes; the progress writer reads {@link #takeIfChanged()}.
 */
final class ConsoleTail extends OutputStream {

    static final int LINES = 200;
    static final int WIDTH = 1000;

    private final Deque<String> lines = new ArrayDeque<>();
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(this, true, StandardCharsets.UTF_8);
    private boolean changed;

    PrintStream console() {
        return console;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            endLine();
        } else if (current.size() < WIDTH * 4) { // a line with no end must not grow without bound
            current.write(b);
        }
        changed = true;
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    /** The lines so far, or null when nothing was printed since the last call. */
    synchronized String takeIfChanged() {
        if (!changed) {
            return null;
        }
        changed = false;
        return text();
    }

    synchronized String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.append(cut(current.toString(StandardCharsets.UTF_8))).toString();
    }

    private void endLine() {
        lines.addLast(cut(current.toString(StandardCharsets.UTF_8).stripTrailing()));
        current.reset();
        while (lines.size() > LINES) {
            lines.removeFirst();
        }
    }

    private static String cut(String line) {
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH) + "…";
    }
}
