package dev.fixpoint.server.submissions;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * An H2 database server in a JVM of its own, listening on a loopback port with its files in a folder, that a test
 * stops and starts again (same port, same files) to take the database away from a running Fixpoint and give it back.
 */
final class DatabaseServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path folder;
    private final int port;
    private Process process;
    private int starts;

    DatabaseServer(Path folder) throws IOException {
        this.folder = folder;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            this.port = socket.getLocalPort();
        }
    }

    String jdbcUrl() {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/fixpoint";
    }

    /** Starts the server and waits until it accepts connections; on a restart, the port may take a moment to be free. */
    void start() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        do {
            Path log = folder.resolve("h2-" + ++starts + ".log");
            // h2.bindAddress: the server listens on loopback only, not on every interface.
            process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m", "-XX:+UseSerialGC", "-Dh2.bindAddress=127.0.0.1", "-cp", h2Jar(), "org.h2.tools.Server",
                    "-tcp", "-tcpPort", Integer.toString(port), "-ifNotExists", "-baseDir", folder.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            while (process.isAlive() && !Files.readString(log).contains("TCP server running")) {
                Thread.sleep(50);
            }
            if (process.isAlive()) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the H2 server did not start on port " + port);
    }

    /** What the server printed since it last started, for a test's failure message. */
    String log() {
        try {
            return Files.readString(folder.resolve("h2-" + starts + ".log"));
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** Stops the server as an operator stops a database (SIGTERM: it closes its files cleanly) and waits until it is gone. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private static String h2Jar() {
        try {
            return Path.of(org.h2.tools.Server.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
