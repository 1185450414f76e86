package dev.fixpoint.lab.check;

import com.sun.net.httpserver.HttpExchange;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.host.LoopbackHttp;
import dev.fixpoint.lab.host.RecordingCheckContext;
import dev.fixpoint.lab.host.ServiceHost;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Parallel calls against a real service host over loopback, as race checks send them. */
class ParallelTests {

    /** As many as a service of the java runtime serves at once (ServiceHost's threads per service). */
    private static final int CALLS = 4;

    @Test
    void parallelCallsAreInFlightTogether() throws Exception {
        // The service answers only once all calls are inside it at the same time: calls sent one after another would
        // each wait out the barrier's timeout and be answered "alone".
        CyclicBarrier together = new CyclicBarrier(CALLS);
        LabService service = context -> exchange -> {
            String answer;
            try {
                together.await(3, TimeUnit.SECONDS);
                answer = "together";
            } catch (TimeoutException | BrokenBarrierException e) {
                answer = "alone";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer = "alone";
            }
            respond(exchange, answer);
        };
        try (ServiceHost host = ServiceHost.start(Map.of("shop", service), Map.of())) {
            RecordingCheckContext context = new RecordingCheckContext(
                    (name, request) -> LoopbackHttp.exchange(host.ports().get(name), request, 5_000),
                    Set.of("shop"), Map.of(), Map.of(), new Random(7));

            List<Reply> replies = Parallel.send(Client.of(context, "shop").post("/redeem").json("code", "GIFT"), CALLS);

            assertThat(replies).hasSize(CALLS).allSatisfy(reply -> assertThat(reply.body()).isEqualTo("together"));
            assertThat(context.transcript()).hasSize(CALLS);
        }
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
