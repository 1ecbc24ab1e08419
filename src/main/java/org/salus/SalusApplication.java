package org.salus;

import java.time.Clock;
import java.util.Map;

import org.salus.cli.Commands;
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
        SpringApplication app = new SpringApplication(SalusApplication.class);
        if (Commands.isCommand(args)) {
            // A command works on the database and exits: no web server.
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setDefaultProperties(Map.of("spring.main.log-startup-info", "false"));
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }

    /** The one source of "now", so review-due dates and publication times can be tested. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
