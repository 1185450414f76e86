package orders;

import com.sun.net.httpserver.HttpExchange;
import dev.fixpoint.lab.ServiceContext;

import java.util.Optional;

/** Which user a request to the orders service acts for. */
public class CallerIdentity {

    public CallerIdentity(ServiceContext context) {
    }

    /** The user the request acts for, or empty to answer 401. */
    public Optional<String> userId(HttpExchange exchange) {
        // Only the gateway calls us, and it has already authenticated the user.
        String userId = exchange.getRequestHeaders().getFirst("X-User-Id");
        return userId == null || userId.isBlank() ? Optional.empty() : Optional.of(userId.trim());
    }
}
