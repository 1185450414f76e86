package dev.fixpoint.lab.host;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hosts the services of one lab run, each on its own port of the loopback interface. Used by the sandbox
 * worker and by the harness of projects written by {@code fixpoint lab pull}, so both run services the
 * same way.
 */
public final class ServiceHost implements AutoCloseable {

    static {
        // Read once when the JDK's HTTP server loads: without it, a response's headers and body leave as two
        // segments and the second waits for the client's delayed ACK (40 ms on Linux loopback).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /**
     * Runs of services ended in this JVM so far: a worker may host several runs one after another. Counted at the end of a
     * run, so that a name taken while the services are made (in a constructor) and one taken as they start agree.
     */
    private static final AtomicInteger RUNS = new AtomicInteger();

    /** Requests served at once per service; more wait in the server's queue. */
    private static final int THREADS_PER_SERVICE = 4;

    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private final List<ExecutorService> executors = new ArrayList<>();
    private final Map<String, Integer> listeningPorts = new LinkedHashMap<>();
    private final List<ListeningService> listening = new ArrayList<>();

    private ServiceHost() {
    }

    /**
     * Binds a port for every service, then starts them in declaration order. A service that throws from
     * {@link LabService#start} stops the whole host.
     *
     * @param services the services by name, in declaration order
     * @param secrets  the per-run secrets every service sees
     */
    public static ServiceHost start(Map<String, LabService> services, Map<String, String> secrets) throws Exception {
        ServiceHost host = new ServiceHost();
        try {
            Map<String, URI> peers = new LinkedHashMap<>();
            for (Map.Entry<String, LabService> service : services.entrySet()) {
                String name = service.getKey();
                if (service.getValue() instanceof ListeningService) {
                    host.listeningPorts.put(name, freePort());
                    peers.put(name, URI.create("http://127.0.0.1:" + host.listeningPorts.get(name)));
                    continue;
                }
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
                host.servers.put(name, server);
                peers.put(name, URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
            }
            for (Map.Entry<String, LabService> service : services.entrySet()) {
                String name = service.getKey();
                if (service.getValue() instanceof ListeningService listening) {
                    host.listening.add(listening);
                    listening.listen(new ServiceContext(name, secrets, peers), host.listeningPorts.get(name));
                    continue;
                }
                HttpHandler handler = service.getValue().start(new ServiceContext(name, secrets, peers));
                if (handler == null) {
                    throw new IllegalStateException("service '" + name + "' returned no handler from start()");
                }
                HttpServer server = host.servers.get(name);
                ExecutorService executor = Executors.newFixedThreadPool(THREADS_PER_SERVICE, daemonThreads(name));
                host.executors.add(executor);
                server.setExecutor(executor);
                server.createContext("/", new ServerErrorOnThrow(handler));
                server.start();
            }
            return host;
        } catch (Exception | Error e) {
            host.close();
            throw e;
        }
    }

    /**
     * {@code name} made unique to the run of services now in this JVM, for in-memory resources that would
     * otherwise outlive the run (an H2 database kept open by {@code DB_CLOSE_DELAY=-1}): a worker that hosts several runs
     * one after another gives each its own.
     */
    public static String runScoped(String name) {
        return name + "-run" + RUNS.get();
    }

    /** The port each service listens on, by service name. */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        servers.forEach((name, server) -> ports.put(name, server.getAddress().getPort()));
        ports.putAll(listeningPorts);
        return ports;
    }

    /**
     * A loopback port nothing listens on, for a service that binds it itself. Only that service binds ports meanwhile
     * (in the worker's sandbox, nothing else runs), so the port is still free when it does.
     */
    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        RUNS.incrementAndGet();
        listening.forEach(ListeningService::stop);
        servers.values().forEach(server -> server.stop(0));
        executors.forEach(ExecutorService::shutdownNow);
    }

    private static ThreadFactory daemonThreads(String service) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "service-" + service + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Answers 500 when a handler throws, as a servlet container would, instead of dropping the connection. */
    private record ServerErrorOnThrow(HttpHandler handler) implements HttpHandler {
        @Override
        public void handle(HttpExchange exchange) throws IOException {
            try {
                handler.handle(exchange);
            } catch (Throwable t) {
                if (exchange.getResponseCode() == -1) {
                    byte[] body = "Internal Server Error".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(500, body.length);
                    exchange.getResponseBody().write(body);
                }
            } finally {
                exchange.close();
            }
        }
    }
}
