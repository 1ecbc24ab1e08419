package org.salus.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.salus.command.Command;
import org.salus.command.Commands;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link Command} named by the first word when the application was started as a
 * command ({@code import content DIR}, {@code export FILE}, ...), and hands its exit code to
 * {@code SpringApplication.exit}.
 */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final Map<String, Command> commands;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;

    @Autowired
    CommandRunner(List<Command> commands) {
        this(commands, System.out, System.err);
    }

    CommandRunner(List<Command> commands, PrintStream out, PrintStream err) {
        this.commands = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
        if (!this.commands.keySet().equals(Set.copyOf(Commands.NAMES))) {
            // Commands.NAMES decides, before the context starts, that no web server is needed.
            throw new IllegalStateException("Commands.NAMES " + Commands.NAMES + " must list exactly the Command beans "
                    + this.commands.keySet());
        }
        this.out = out;
        this.err = err;
    }

    @Override
    public void run(ApplicationArguments args) {
        String name = Commands.nameOf(args.getNonOptionArgs());
        if (!commands.containsKey(name)) {
            return; // started as a web site
        }
        exitCode = commands.get(name).run(args, out, err);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
