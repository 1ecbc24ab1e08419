package org.salus.cli;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;

/**
 * Prints a {@link SiteRunningException} as its one line on standard error, instead of Spring
 * Boot's start-up failure report. Registered in {@code META-INF/spring.factories}.
 */
public final class SiteRunningReporter implements SpringBootExceptionReporter, Ordered {

    @Override
    public boolean reportException(Throwable failure) {
        if (failure instanceof SiteRunningException running) {
            System.err.println(running.getMessage());
            return true;
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
