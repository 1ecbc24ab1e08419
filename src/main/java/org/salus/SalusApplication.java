package org.salus;

import java.time.Clock;
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
     * works on the database and exits: no web server; and it refuses, in one line with exit code
     * {@value SiteRunningException#EXIT_CODE}, an embedded database that the running site holds.
     */
    static int runCommand(String... args) {
        SpringApplication app = new SpringApplication(SalusApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("spring.main.log-startup-info", "false"));
        app.addListeners(new SiteRunningCheck());
        try {
            return SpringApplication.exit(app.run(args));
        } catch (SiteRunningException e) {
            return e.getExitCode();
        }
    }

    /** The one source of "now", so review-due dates and publication times can be tested. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
