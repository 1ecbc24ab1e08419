package org.salus.changes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The follower thread: wakes {@link ChangeFollower} when another node or a command commits a
 * change, and every {@code salus.changes.poll-interval} in any case. On PostgreSQL it holds one
 * connection of its own (outside the pool) that LISTENs for the log's notifications, so a change
 * arrives within milliseconds; polling by position is the fallback, and the only mechanism on
 * other databases. When the database goes away the node keeps serving what it has, retries, and
 * resumes from its position: nothing committed is skipped. Commands ({@code import ...}) run
 * without a web server and do not start it.
 */
@Component
@ConditionalOnWebApplication
@Order(50)
class ChangeSignals implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeSignals.class);

    private final ChangeFollower follower;
    private final ChangeLog changes;
    private final Environment environment;
    private final Duration interval;
    private volatile boolean running;
    private Thread thread;
    private Connection listening;

    ChangeSignals(ChangeFollower follower, ChangeLog changes, Environment environment, ChangeProperties settings) {
        this.follower = follower;
        this.changes = changes;
        this.environment = environment;
        this.interval = settings.pollInterval();
    }

    @Override
    public void run(ApplicationArguments args) {
        follower.poll(); // position taken before the first request is served
        running = true;
        thread = new Thread(this::loop, "change-follower");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        boolean failing = false;
        while (running) {
            try {
                listen();
                if (failing) {
                    follower.poll(); // what committed while this node could not read the log
                    log.info("Following the change log again at position {}", follower.through());
                    failing = false;
                }
                waitForSignal();
                follower.poll();
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!failing) {
                    log.warn("Cannot read the change log ({}); serving what this node has and retrying", e.toString());
                    failing = true;
                }
                closeListening();
                pause(interval);
            }
        }
    }

    /** PostgreSQL: opens the notification connection if there is none, then reads what it missed. */
    private void listen() throws SQLException {
        if (changes.database() != Database.POSTGRESQL || listening != null) {
            return;
        }
        listening = DriverManager.getConnection(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
        try (Statement listen = listening.createStatement()) {
            listen.execute("LISTEN " + ChangeLog.CHANNEL);
        }
        follower.poll(); // what committed while nobody listened
    }

    private void waitForSignal() throws SQLException {
        if (listening == null) {
            pause(interval);
            return;
        }
        // Returns at the first notification, or empty after the interval: a poll either way.
        listening.unwrap(PGConnection.class).getNotifications((int) interval.toMillis());
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeListening() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException ignored) {
                // already broken
            }
            listening = null;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5_000);
        }
        closeListening();
    }
}
