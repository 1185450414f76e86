package gateway;

import com.sun.net.httpserver.Headers;
import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The public API gateway: users sign up and log in here, and every /api/... request is authenticated, then
 * forwarded to the internal service that owns the route. IdentityForwarding decides which headers go along.
 */
public class GatewayService implements LabService {

    /** Headers the JDK client sets itself and refuses to take from us. */
    private static final Set<String> SET_BY_CLIENT = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    /** The paths below a route's prefix that are forwarded: the prefix itself and up to five segments under it. */
    private static final List<String> BELOW = List.of("", "/{a}", "/{a}/{b}", "/{a}/{b}/{c}", "/{a}/{b}/{c}/{d}", "/{a}/{b}/{c}/{d}/{e}");

    private final Accounts accounts = new Accounts("user");
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private IdentityForwarding identity;

    @Override
    public Router start(ServiceContext context) {
        identity = new IdentityForwarding(context);
        accounts.add("ceo", UUID.randomUUID().toString(), "user");
        Router router = accounts.routes(new Router(), "/signup", "/login");
        Map<String, URI> routes = Map.of("/api/orders", context.peer("orders"), "/api/echo", context.peer("echo"));
        routes.forEach((prefix, backend) -> BELOW.forEach(below -> METHODS.forEach(method ->
                router.on(method, prefix + below, request -> forward(request, backend)))));
        return router;
    }

    /** Sends the request on to the backend, without the /api prefix, as the user its bearer token names, and relays the answer. */
    private Answer forward(Incoming incoming, URI backend) {
        String userId = accounts.require(incoming).name();
        String method = incoming.method();
        String path = incoming.rawPath().substring("/api".length());
        String query = incoming.exchange().getRequestURI().getRawQuery();
        byte[] body = incoming.bytes();
        Headers headers = identity.headersFor(userId, method, path, incoming.exchange().getRequestHeaders());

        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend + path + (query == null ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(2))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | IllegalArgumentException e) {
            throw new HttpError(502, "bad gateway");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(502, "bad gateway");
        }
        Answer answer = new Answer(response.statusCode(), Map.of(), response.body());
        return response.headers().firstValue("Content-Type").map(type -> answer.header("Content-Type", type)).orElse(answer);
    }
}
