package orders;

import com.sun.net.httpserver.HttpExchange;
import dev.fixpoint.lab.ServiceContext;

import java.net.InetAddress;
import java.util.Optional;

/** Which user a request to the orders service acts for. */
public class CallerIdentity {

    public CallerIdentity(ServiceContext context) {
    }

    /** The user the request acts for, or empty to answer 401. */
    public Optional<String> userId(HttpExchange exchange) {
        // The gateway runs next to us: a request from any other address cannot have come from it.
        InetAddress caller = exchange.getRemoteAddress().getAddress();
        if (!caller.isLoopbackAddress()) {
            return Optional.empty();
        }
        String userId = exchange.getRequestHeaders().getFirst("X-User-Id");
        return userId == null || userId.isBlank() ? Optional.empty() : Optional.of(userId.trim());
    }
}
