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

    /** What a workload of the mesh may do: the token it was issued and the admin routes it needs. */
    private record Grant(String token, Set<String> routes) {
    }

    private final Accounts accounts;
    private final Function<String, String> roleOf;
    private final Mesh mesh;
    /** Grants by the workload the mesh identifies; no other caller is a service. */
    private final Map<String, Grant> grants;

    public AdminAuth(ServiceContext context, Accounts accounts, Function<String, String> roleOf, Mesh mesh) {
        this.accounts = accounts;
        this.roleOf = roleOf;
        this.mesh = mesh;
        this.grants = Map.of("billing", new Grant(context.secret("billing-service-token"), Set.of("refunds")));
    }

    /**
     * Allows the request onto an admin route or throws (401, 403).
     *
     * @param route which admin route: {@code refunds} or {@code user-roles}
     * @return who is calling, for the audit trail: a user name, or {@code service:} and the service's name
     */
    public String authorize(Incoming request, String route) {
        String token = request.bearer().orElseThrow(() -> HttpError.unauthorized("log in first"));
        // The workload first, as the mesh proved it; the token is looked up only among that workload's grants. A caller
        // from the internet has no workload, so for it a service token is just a string that is no user's session.
        Optional<String> workload = mesh.peer(request);
        if (workload.isPresent()) {
            Grant grant = grants.get(workload.get());
            if (grant != null && MessageDigest.isEqual(grant.token().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
                if (!grant.routes().contains(route)) {
                    throw HttpError.forbidden(workload.get() + " may not call this route");
                }
                return "service:" + workload.get();
            }
        }
        Accounts.Account account = accounts.caller(token).orElseThrow(() -> HttpError.unauthorized("log in first"));
        if (!"admin".equals(roleOf.apply(account.name()))) {
            throw HttpError.forbidden("admins only");
        }
        return account.name();
    }
}
