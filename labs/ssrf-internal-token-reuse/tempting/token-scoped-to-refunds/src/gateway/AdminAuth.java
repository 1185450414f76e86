package gateway;

import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.lab.ServiceContext;
import mesh.Mesh;

import java.util.Map;
import java.util.function.Function;

/**
 * Who may call the gateway's admin routes: users of role admin (the support team's console), and the internal
 * services the platform team issued a service token to (billing pays refunds into customers' store credit).
 */
public class AdminAuth {

    private final Accounts accounts;
    private final Function<String, String> roleOf;
    private final Mesh mesh;
    /** Service tokens by value, with the service each was issued to. */
    private final Map<String, String> serviceTokens;

    public AdminAuth(ServiceContext context, Accounts accounts, Function<String, String> roleOf, Mesh mesh) {
        this.accounts = accounts;
        this.roleOf = roleOf;
        this.mesh = mesh;
        this.serviceTokens = Map.of(context.secret("billing-service-token"), "billing");
    }

    /**
     * Allows the request onto an admin route or throws (401, 403).
     *
     * @param route which admin route: {@code refunds} or {@code user-roles}
     * @return who is calling, for the audit trail: a user name, or {@code service:} and the service's name
     */
    public String authorize(Incoming request, String route) {
        String token = request.bearer().orElseThrow(() -> HttpError.unauthorized("log in first"));
        String service = serviceTokens.get(token);
        if (service != null) {
            // Least privilege: billing pays refunds, and that is all its token may do.
            if (!route.equals("refunds")) {
                throw HttpError.forbidden(service + " may not call this route");
            }
            return "service:" + service;
        }
        Accounts.Account account = accounts.caller(token).orElseThrow(() -> HttpError.unauthorized("log in first"));
        if (!"admin".equals(roleOf.apply(account.name()))) {
            throw HttpError.forbidden("admins only");
        }
        return account.name();
    }
}
