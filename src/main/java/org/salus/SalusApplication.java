package org.salus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salus.cli.SiteRunningCheck;
import org.salus.cli.SiteRunningException;
import org.salus.command.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the Salus site, or runs a command such as {@code import content DIR} and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SalusApplication {

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(runCommand(args));
        }
        new SpringApplication(SalusApplication.class).run(args);
    }

    /**
     * Runs a command ({@code import ...}, {@code export ...}) and returns its exit code. A command
     * works on the database and exits: no web server, except on loopback for the few that render
     * pages ({@link Commands#WEB_SERVER}); and it refuses, in one line with exit code
     * {@value SiteRunningException#EXIT_CODE}, an embedded database that the running site holds.
     */
    static int runCommand(String... args) {
        SpringApplication app = new SpringApplication(SalusApplication.class);
        boolean web = Commands.needsWebServer(args);
        app.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("spring.main.log-startup-info", "false"));
        app.addListeners(new SiteRunningCheck());
        try {
            return SpringApplication.exit(app.run(web ? onLoopback(args) : args));
        } catch (SiteRunningException e) {
            return e.getExitCode();
        }
    }

    /**
     * A command that renders pages through the site ({@code export static}) runs it on an ephemeral
     * port that only this machine can reach, whatever {@code server.port} says: as arguments, they
     * outrank every other source of settings.
     */
    private static String[] onLoopback(String[] args) {
        List<String> all = new ArrayList<>();
        for (String arg : args) {
            // Spring would join a repeated option's values ("8080,0"): the loopback ones replace it.
            if (!arg.startsWith("--server.port=") && !arg.startsWith("--server.address=")) {
                all.add(arg);
            }
        }
        all.add("--server.address=127.0.0.1");
        all.add("--server.port=0");
        return all.toArray(String[]::new);
    }

    /** The one source of "now", so review-due dates and publication times can be tested. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
