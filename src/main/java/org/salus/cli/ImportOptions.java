package org.salus.cli;

import java.util.List;
import java.util.Locale;

/**
 * The {@code --options} of an import command. {@code --as=draft} (the default) brings articles in
 * as drafts awaiting this publisher's medical review; {@code --as=syndicated} publishes them as
 * the source's own text, labelled as not reviewed here.
 */
public record ImportOptions(Mode mode) {

    public enum Mode {
        DRAFT, SYNDICATED
    }

    public static final ImportOptions DEFAULTS = new ImportOptions(Mode.DRAFT);

    /**
     * Reads the {@code --as} option from command-line words.
     *
     * @throws IllegalArgumentException with a message for the user when a value is not understood
     */
    public static ImportOptions parse(List<String> args) {
        Mode mode = Mode.DRAFT;
        for (String arg : args) {
            if (arg.startsWith("--as=")) {
                String value = arg.substring("--as=".length()).toUpperCase(Locale.ROOT);
                try {
                    mode = Mode.valueOf(value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--as must be draft or syndicated, not " + arg.substring(5));
                }
            }
        }
        return new ImportOptions(mode);
    }
}
