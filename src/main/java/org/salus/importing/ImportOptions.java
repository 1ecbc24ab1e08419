package org.salus.importing;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code --options} of an import command. {@code --as=draft} (the default) brings articles in
 * as drafts awaiting this publisher's medical review; {@code --as=syndicated} publishes them as
 * the source's own text, labelled as not reviewed here.
 */
public record ImportOptions(Mode mode, Set<String> switches) {

    public enum Mode {
        DRAFT,
        SYNDICATED
    }

    public static final ImportOptions DEFAULTS = new ImportOptions(Mode.DRAFT, Set.of());

    /**
     * Set for files uploaded on the admin page: importers then read other files only from places
     * the operator configured, and print no server paths (the report is shown in the browser).
     */
    public static final String UPLOADED = "uploaded";

    public ImportOptions {
        switches = Set.copyOf(switches);
    }

    /** Options that only choose the mode. */
    public ImportOptions(Mode mode) {
        this(mode, Set.of());
    }

    /** These options with the importer's {@code switches} that were given. */
    public ImportOptions withSwitches(Set<String> given) {
        return new ImportOptions(mode, given);
    }

    /** These options for a file uploaded on the admin page ({@link #UPLOADED}). */
    public ImportOptions asUpload() {
        Set<String> all = new java.util.HashSet<>(switches);
        all.add(UPLOADED);
        return new ImportOptions(mode, all);
    }

    public boolean uploaded() {
        return switches.contains(UPLOADED);
    }

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
        return new ImportOptions(mode, Set.of());
    }
}
