package org.salus.command;

import java.util.Arrays;
import java.util.List;

/** The commands {@code java -jar salus.jar} understands besides starting the site. */
public final class Commands {

    /** One {@link Command} bean per name; read before the context starts, so a command gets no web server. */
    public static final List<String> NAMES = List.of("import", "export");

    private Commands() {}

    /** True when the first argument that is not a {@code --option} names a command. */
    public static boolean isCommand(String[] args) {
        return Arrays.stream(args)
                .filter(arg -> !arg.startsWith("--"))
                .findFirst()
                .map(NAMES::contains)
                .orElse(false);
    }
}
