package org.salus.command;

import java.util.Arrays;
import java.util.List;

/** The commands {@code java -jar salus.jar} understands besides starting the site. */
public final class Commands {

    /**
     * One {@link Command} bean per name; read before the context starts, so a command gets no web
     * server. A name of two words ({@code export static}) is a command of its own beside the one-word
     * command it starts with.
     */
    public static final List<String> NAMES = List.of("import", "export", "export static");

    /**
     * The commands that run the site on a loopback port of their own while they work: the static
     * edition renders every page through it.
     */
    public static final List<String> WEB_SERVER = List.of("export static");

    private Commands() {}

    /** True when the first argument that is not a {@code --option} names a command. */
    public static boolean isCommand(String[] args) {
        List<String> words = words(args);
        return !words.isEmpty() && NAMES.contains(words.get(0));
    }

    /** True when the command line names a command that needs the web server ({@link #WEB_SERVER}). */
    public static boolean needsWebServer(String[] args) {
        List<String> words = words(args);
        return words.size() >= 2 && WEB_SERVER.contains(words.get(0) + " " + words.get(1));
    }

    /** The command of these words: the two-word name when there is one, else the first word. */
    public static String nameOf(List<String> words) {
        if (words.size() >= 2 && NAMES.contains(words.get(0) + " " + words.get(1))) {
            return words.get(0) + " " + words.get(1);
        }
        return words.isEmpty() ? "" : words.get(0);
    }

    private static List<String> words(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
    }
}
