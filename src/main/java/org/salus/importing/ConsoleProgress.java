package org.salus.importing;

import java.io.PrintStream;

/**
 * A progress bar for long imports. On a terminal it redraws one line ({@code [#####.....] 512/2812
 * 18%}); into a file or pipe it prints a line at every tenth, so logs stay short.
 */
public final class ConsoleProgress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final int total;
    private final boolean terminal;
    private int lastShown = -1;

    public ConsoleProgress(PrintStream out, String label, int total) {
        this(out, label, total, out == System.out && System.console() != null);
    }

    ConsoleProgress(PrintStream out, String label, int total, boolean terminal) {
        this.out = out;
        this.label = label;
        this.total = Math.max(total, 1);
        this.terminal = terminal;
    }

    /** Shows that {@code done} of the total are finished. */
    public void show(int done) {
        int percent = (int) Math.min(100, (long) done * 100 / total);
        if (terminal) {
            if (percent != lastShown || done == total) {
                int filled = percent * WIDTH / 100;
                out.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/"
                        + total + " " + percent + "%");
                out.flush();
                lastShown = percent;
            }
        } else if (percent / 10 != lastShown / 10 || lastShown < 0) {
            out.println(label + " " + done + "/" + total + " (" + percent + "%)");
            lastShown = percent;
        }
    }

    /** Ends the bar's line on a terminal. */
    public void finish() {
        if (terminal) {
            out.println();
        }
    }
}
