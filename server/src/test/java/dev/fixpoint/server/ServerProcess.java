package dev.fixpoint.server;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server in a JVM of its own, started as {@code fixpoint serve} starts it (a plain class path, the bundled labs),
 * on a free loopback port, for tests that kill it. Its output goes to a file in the given folder.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Pattern SETUP_LINK = Pattern.compile("(/setup\\?token=[A-Za-z0-9_-]+)");

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the server and waits until it serves.
     *
     * @param properties Spring properties, such as {@code spring.datasource.url=...}
     */
    static ServerProcess start(Path folder, String name, String... properties) throws IOException, InterruptedException {
        return start(folder, name, Map.of(), properties);
    }

    /**
     * Starts the server with these environment variables added to the test's, and waits until it serves.
     *
     * @param properties Spring properties, given on the command line as {@code --name=value}
     */
    static ServerProcess start(Path folder, String name, Map<String, String> environment, String... properties)
            throws IOException, InterruptedException {
        int port = freePort();
        Path log = folder.resolve(name + ".log");
        ServerProcess server = new ServerProcess(launch(log, port, environment, properties), log, port);
        server.awaitStarted();
        return server;
    }

    /**
     * Starts the server where it is expected not to start, and returns what it printed once it stopped.
     *
     * @throws AssertionError when it serves instead, or exits with status 0
     */
    static String failedStart(Path folder, String name, Map<String, String> environment, String... properties)
            throws IOException, InterruptedException {
        Path log = folder.resolve(name + ".log");
        Process process = launch(log, freePort(), environment, properties);
        try {
            if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the server did not stop; its output:\n" + Files.readString(log));
            }
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("the exit status of a refused start").isNotZero();
        return Files.readString(log);
    }

    private static Process launch(Path log, int port, Map<String, String> environment, String... properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:+UseSerialGC", "-Xmx384m"));
        // Where the runtimes are (fixpoint.runtime.java, fixpoint.runtime.spring-boot, ...), as the build tells this JVM.
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("fixpoint.runtime.")).sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", classPath(), FixpointServer.class.getName(),
                "--fixpoint.labs=" + System.getProperty("fixpoint.labs"), "--server.port=" + port, "--server.address=127.0.0.1"));
        Arrays.stream(properties).map(property -> "--" + property).forEach(command::add);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    boolean alive() {
        return process.isAlive();
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** The first-run setup link the server printed, on a database with no accounts. */
    Optional<String> setupPath() throws IOException {
        Matcher link = SETUP_LINK.matcher(output());
        return link.find() ? Optional.of(link.group(1)) : Optional.empty();
    }

    /**
     * The first-run setup link, waited for: the server prints it on the line after it says it is running, so a test that
     * reads the output the moment the server runs may be a line early.
     */
    String awaitSetupPath() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (setupPath().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String output = output();
        return setupPath().orElseThrow(() -> new AssertionError("no setup link in:\n" + output));
    }

    /** Kills the server with SIGKILL, as the kernel's OOM killer or {@code kill -9} does, and whatever it had started. */
    void kill() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        process.waitFor();
        // A sandbox worker dies with its server (bubblewrap's --die-with-parent); a plain worker process is ended here.
        children.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitStarted() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!output().contains("Fixpoint is running at")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new AssertionError("the server did not start; its output:\n" + output());
            }
            Thread.sleep(100);
        }
    }

    /** The test's class path without the test classes, so that no test configuration is picked up by the server. */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
