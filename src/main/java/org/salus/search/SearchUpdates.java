package org.salus.search;

import java.time.Duration;

import org.salus.command.Commands;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the index (catching up with the change log, or rebuilding it when needed) once the sample
 * content is loaded; from then on it follows the log ({@link SearchIndex#onChanges}). A command
 * ({@code import ...}) leaves the index alone: running nodes, and the next start, apply its changes.
 */
@Component
@Order(100)
class SearchUpdates implements ApplicationRunner {

    private final SearchIndex index;
    private final Duration startupWait;

    SearchUpdates(SearchIndex index, SearchProperties settings) {
        this.index = index;
        this.startupWait = settings.startupWait();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Commands.isCommand(args.getSourceArgs())) {
            index.start(startupWait);
        }
    }
}
