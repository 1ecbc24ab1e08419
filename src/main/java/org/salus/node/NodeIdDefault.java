package org.salus.node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives {@code salus.node.id} its default, host name + ":" + {@code server.port}, before logging
 * starts, so the first log line already carries it ({@code logging.pattern.level} names it).
 * An id set anywhere else (flag, environment, file) wins: this source is consulted last.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class NodeIdDefault implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = NodeProperties.PREFIX + ".id";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY)) {
            return;
        }
        String port = environment.getProperty("server.port", "8080");
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("salusNodeIdDefault", Map.of(PROPERTY, hostName() + ":" + port)));
    }

    /** After the configuration files are read, so their {@code server.port} counts. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
