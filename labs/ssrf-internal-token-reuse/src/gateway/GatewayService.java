package gateway;

import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;
import mesh.Mesh;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shop's public API gateway: customers sign up and log in here, and it also serves the admin API that the
 * support team (users of role admin) and internal services (with a service token) use. AdminAuth decides who
 * may call an admin route.
 */
public class GatewayService implements LabService {

    private static final Set<String> ROLES = Set.of("customer", "support", "admin");
    private static final BigDecimal MAX_REFUND = new BigDecimal("5000.00");

    private final Accounts accounts = new Accounts("customer");
    /** Roles given by an admin (and the support team's own); everyone else is a customer. */
    private final Map<String, String> roles = new ConcurrentHashMap<>();
    /** Store credit by user name: what refunds are paid into. */
    private final Map<String, BigDecimal> credit = new ConcurrentHashMap<>();

    @Override
    public Router start(ServiceContext context) {
        accounts.add("ops-admin", context.secret("admin-password"), "admin");
        roles.put("ops-admin", "admin");
        AdminAuth admin = new AdminAuth(context, accounts, this::roleOf, new Mesh(context));
        Router router = accounts.routes(new Router(), "/signup", "/login");
        return router
                .get("/api/me", request -> {
                    String name = accounts.require(request).name();
                    return Answer.json(200, "username", name, "role", roleOf(name),
                            "credit", credit.getOrDefault(name, BigDecimal.ZERO).setScale(2).toPlainString());
                })
                .post("/api/admin/refunds", request -> {
                    String by = admin.authorize(request, "refunds");
                    Json body = request.json();
                    String user = body.get("username").text().filter(name -> !name.isBlank())
                            .orElseThrow(() -> HttpError.badRequest("username is required"));
                    BigDecimal amount = body.get("amount").number()
                            .or(() -> body.get("amount").text().flatMap(GatewayService::decimal))
                            .filter(value -> value.signum() > 0 && value.compareTo(MAX_REFUND) <= 0)
                            .orElseThrow(() -> HttpError.badRequest("amount: more than 0, at most 5000.00"));
                    BigDecimal total = credit.merge(user, amount.setScale(2, RoundingMode.HALF_UP), BigDecimal::add);
                    return Answer.json(201, "username", user, "refunded", amount.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                            "credit", total.toPlainString(), "approvedBy", by, "reason", body.get("reason").text(""));
                })
                .put("/api/admin/users/{name}/role", request -> {
                    String by = admin.authorize(request, "user-roles");
                    String user = request.param("name");
                    String role = request.json().get("role").text("");
                    if (!ROLES.contains(role)) {
                        throw HttpError.badRequest("role: one of customer, support, admin");
                    }
                    roles.put(user, role);
                    return Answer.json(200, "username", user, "role", role, "changedBy", by);
                });
    }

    private String roleOf(String name) {
        return roles.getOrDefault(name, "customer");
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
