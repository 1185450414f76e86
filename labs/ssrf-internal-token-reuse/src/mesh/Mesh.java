package mesh;

import dev.fixpoint.kit.Incoming;
import dev.fixpoint.lab.ServiceContext;

import java.net.http.HttpRequest;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The service mesh, as far as this lab simulates it. In production every workload's sidecar presents a client
 * certificate (mutual TLS) on the calls it makes inside the cluster, and the receiving sidecar tells the application
 * which workload the certificate belongs to. Here the certificate is a per-run key that the sidecar sends in a header
 * of its own: the application code never sees or stores it, and nothing on the internet can present it.
 */
public final class Mesh {

    /** Where the simulated sidecar carries the client certificate. Application code reads {@link #peer} instead. */
    static final String CLIENT_CERTIFICATE = "X-Mesh-Client-Certificate";

    private final Map<String, String> workloads;
    private final ServiceContext context;

    public Mesh(ServiceContext context) {
        this.context = context;
        this.workloads = Map.of("billing", context.secret("billing-mesh-key"));
    }

    /**
     * The workload that made this request, as the mutual TLS handshake proved it (for example {@code billing}); empty
     * for a request from outside the mesh, such as a user's browser or app on the internet.
     */
    public Optional<String> peer(Incoming request) {
        Optional<String> presented = request.header(CLIENT_CERTIFICATE);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] certificate = presented.get().getBytes(StandardCharsets.UTF_8);
        return workloads.entrySet().stream()
                .filter(workload -> MessageDigest.isEqual(workload.getValue().getBytes(StandardCharsets.UTF_8), certificate))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** What the sidecar of {@code workload} does to the calls it sends: presents that workload's certificate. */
    public HttpRequest.Builder sendAs(String workload, HttpRequest.Builder request) {
        return request.header(CLIENT_CERTIFICATE, context.secret(workload + "-mesh-key"));
    }
}
