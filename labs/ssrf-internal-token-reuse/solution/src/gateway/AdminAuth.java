package gateway;

import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.lab.ServiceContext;
import mesh.Mesh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may call the gateway's admin routes: users of role admin (the support team's console), and the internal
 * services the platform team issued a service token to (billing pays refunds into customers' store credit).
 */
public class AdminAuth {

    /** A service token: the service it was issued to, and the admin routes that service needs. */
    private record ServiceToken(String value, String service, Set<String> routes) {
    }

    private final Accounts accounts;
    private final Function<String, String> roleOf;
    private final Mesh mesh;
    private final Set<ServiceToken> serviceTokens;

    public AdminAuth(ServiceContext context, Accounts accounts, Function<String, String> roleOf, Mesh mesh) {
        this.accounts = accounts;
        this.roleOf = roleOf;
        this.mesh = mesh;
        this.serviceTokens = Set.of(new ServiceToken(context.secret("billing-service-token"), "billing", Set.of("refunds")));
    }

    /**
     * Allows the request onto an admin route or throws (401, 403).
     *
     * @param route which admin route: {@code refunds} or {@code user-roles}
     * @return who is calling, for the audit trail: a user name, or {@code service:} and the service's name
     */
    public String authorize(Incoming request, String route) {
        String token = request.bearer().orElseThrow(() -> HttpError.unauthorized("log in first"));
        Optional<ServiceToken> service = serviceToken(token);
        if (service.isPresent()) {
            // A bearer token proves only that the caller holds it. The mesh proves which workload is calling: the token
            // counts only from the service it was issued to, and only on the routes that service needs.
            String issuedTo = service.get().service();
            if (!mesh.peer(request).map(issuedTo::equals).orElse(false)) {
                throw HttpError.unauthorized("service tokens are accepted only from the service they were issued to");
            }
            if (!service.get().routes().contains(route)) {
                throw HttpError.forbidden(issuedTo + " may not call this route");
            }
            return "service:" + issuedTo;
        }
        Accounts.Account account = accounts.caller(token).orElseThrow(() -> HttpError.unauthorized("log in first"));
        if (!"admin".equals(roleOf.apply(account.name()))) {
            throw HttpError.forbidden("admins only");
        }
        return account.name();
    }

    private Optional<ServiceToken> serviceToken(String presented) {
        byte[] bytes = presented.getBytes(StandardCharsets.UTF_8);
        return serviceTokens.stream()
                .filter(token -> MessageDigest.isEqual(token.value().getBytes(StandardCharsets.UTF_8), bytes))
                .findFirst();
    }
}
