package cloud;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The cloud's instance metadata service (IMDSv1 style) at 169.254.169.254: any process on the instance can
 * read the temporary credentials of the instance's role, no questions asked.
 */
public class MetadataService implements LabService {

    private static final String ROLE = "app-role";

    @Override
    public HttpHandler start(ServiceContext context) {
        String credentials = "{\"Code\":\"Success\",\"Type\":\"AWS-HMAC\",\"AccessKeyId\":\"ASIAQX4EXAMPLE7KQ2ZL\","
                + "\"SecretAccessKey\":\"" + context.secret("aws-secret-access-key") + "\","
                + "\"Token\":\"IQoJb3JpZ2luX2VjEXAMPLETOKEN\","
                + "\"LastUpdated\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\","
                + "\"Expiration\":\"" + Instant.now().plus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + "\"}";
        return exchange -> {
            String body = switch (exchange.getRequestURI().getPath()) {
                case "/latest/meta-data/" -> "ami-id\nhostname\niam/\ninstance-id\nlocal-ipv4\n";
                case "/latest/meta-data/instance-id" -> "i-0b22a22eec53b9321";
                case "/latest/meta-data/local-ipv4" -> "10.0.3.7";
                case "/latest/meta-data/iam/" -> "security-credentials/\n";
                case "/latest/meta-data/iam/security-credentials/" -> ROLE + "\n";
                case "/latest/meta-data/iam/security-credentials/" + ROLE -> credentials;
                default -> null;
            };
            send(exchange, body);
        };
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = (body == null ? "Not Found" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
