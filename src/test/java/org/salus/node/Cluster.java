package org.salus.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * App nodes from the packaged jar, and nginx in front, as {@code scripts/cluster.sh} runs them
 * (the script is what operators and bench/cluster.sh use, so the test drives the same thing).
 * Its state is in {@link #dir}: {@code node-I/port}, {@code node-I/salus.log}, {@code nginx/port}.
 */
final class Cluster implements AutoCloseable {

    private final Path dir;
    private final Map<String, String> environment;
    private final Thread stopAtExit = new Thread(this::close);
    private boolean stopped;

    private Cluster(Path dir, Map<String, String> environment) {
        this.dir = dir;
        this.environment = environment;
    }

    /** Starts {@code nodes} nodes (and nginx when {@code nginx} is "yes", or "auto" and installed). */
    static Cluster start(int nodes, Path dir, Map<String, String> environment) {
        Cluster cluster = new Cluster(dir, Map.copyOf(environment));
        // Nodes outlive this JVM otherwise (the script detaches them): stop them if it ends early.
        Runtime.getRuntime().addShutdownHook(cluster.stopAtExit);
        cluster.run("start", String.valueOf(nodes));
        return cluster;
    }

    int port(int node) {
        return Integer.parseInt(read("node-" + node + "/port"));
    }

    boolean hasNginx() {
        return Files.exists(dir.resolve("nginx/port"));
    }

    int nginxPort() {
        return Integer.parseInt(read("nginx/port"));
    }

    /** Everything node {@code node} logged, over all its starts. */
    String log(int node) {
        return read("node-" + node + "/salus.log");
    }

    /** Requests node {@code node} answered so far (lines of its Tomcat access log). */
    long requestsServed(int node) {
        try (var files = Files.list(dir.resolve("node-" + node + "/access"))) {
            long lines = 0;
            for (Path file : files.toList()) {
                lines += Files.readAllLines(file, StandardCharsets.UTF_8).size();
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void kill(int node) {
        run("kill", String.valueOf(node));
    }

    void startNode(int node) {
        run("start-node", String.valueOf(node));
    }

    /** Stops every node and nginx (once; the script also stops what a failed start left). */
    @Override
    public synchronized void close() {
        if (stopped || !Files.exists(dir.resolve("nodes"))) {
            return;
        }
        stopped = true;
        if (Thread.currentThread() != stopAtExit) {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        }
        run("stop");
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the script; its messages go to this test's output, a failure fails the test. */
    private void run(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/cluster.sh"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("CLUSTER_DIR", dir.toString());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.print(output);
            assertThat(process.waitFor(300, TimeUnit.SECONDS))
                    .as("cluster.sh " + String.join(" ", args))
                    .isTrue();
            assertThat(process.exitValue())
                    .as("cluster.sh " + String.join(" ", args) + "\n" + output)
                    .isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
