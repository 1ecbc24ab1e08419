package org.salus.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class NodeIdDefaultTests {

    @Test
    void defaultsToHostNameAndPort() {
        StandardEnvironment environment = environment(Map.of("server.port", "8082"));

        new NodeIdDefault().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("salus.node.id")).isEqualTo(NodeIdDefault.hostName() + ":8082");
    }

    @Test
    void aConfiguredIdWins() {
        StandardEnvironment environment = environment(Map.of("server.port", "8082", "salus.node.id", "web-2"));

        new NodeIdDefault().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("salus.node.id")).isEqualTo("web-2");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
