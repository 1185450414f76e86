package dev.fixpoint.lab.host;

import com.sun.net.httpserver.HttpServer;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.ServiceContext;
import dev.fixpoint.lab.ServiceUnreachableException;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceHostTests {

    /** Serves on its own, as a Spring Boot application's embedded server does, answering with its peers' addresses. */
    static final class OwnServer implements ListeningService {
        private HttpServer server;

        @Override
        public void listen(ServiceContext context, int port) throws Exception {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
            server.createContext("/", exchange -> {
                byte[] body = (exchange.getRequestURI().getRawPath() + " " + context.peer("plain")).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        @Override
        public void stop() {
            server.stop(0);
        }
    }

    @Test
    void aListeningServiceServesOnThePortItWasGivenAndRequestsReachItUnchanged() throws Exception {
        LabService plain = context -> exchange -> {
            byte[] body = context.peer("own").toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        };
        Map<String, LabService> services = new LinkedHashMap<>();
        services.put("own", new OwnServer());
        services.put("plain", plain);
        int ownPort;
        try (ServiceHost host = ServiceHost.start(services, Map.of())) {
            ownPort = host.ports().get("own");
            String own = LoopbackHttp.exchange(ownPort, Request.get("/admin/..;/x"), 2_000).body();
            String plainAnswer = LoopbackHttp.exchange(host.ports().get("plain"), Request.get("/"), 2_000).body();

            assertThat(own).isEqualTo("/admin/..;/x http://127.0.0.1:" + host.ports().get("plain"));
            assertThat(plainAnswer).isEqualTo("http://127.0.0.1:" + ownPort);
        }
        assertThatThrownBy(() -> LoopbackHttp.exchange(ownPort, Request.get("/"), 1_000)).isInstanceOf(ServiceUnreachableException.class);
    }

    @Test
    void eachRunOfServicesInAJvmGetsItsOwnNamesForInMemoryDatabases() throws Exception {
        LabService plain = context -> exchange -> exchange.close();
        String first;
        try (ServiceHost host = ServiceHost.start(Map.of("plain", plain), Map.of())) {
            first = ServiceHost.runScoped("shop");
        }
        String second;
        try (ServiceHost host = ServiceHost.start(Map.of("plain", plain), Map.of())) {
            second = ServiceHost.runScoped("shop");
        }

        assertThat(first).startsWith("shop");
        assertThat(second).startsWith("shop").isNotEqualTo(first);
    }
}
