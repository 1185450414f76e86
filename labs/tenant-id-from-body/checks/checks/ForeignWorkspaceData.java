package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Canary;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Globex records an invoice (its canary); Mallory, the admin of a workspace of her own, tries to read it through the
 * API. Params: {@code route} (POST /api/exports: she runs an export; GET /api/invoices: she lists invoices; GET /api/jobs:
 * she reads the export job Globex ran), {@code claim} (where she names Globex's workspace: tenantId, scope.tenantId,
 * X-Tenant-Id or ?tenantId) and {@code form} (how: as-sent, upper-case, padded, or json-number for a workspace whose
 * name is digits). The web app's own tenantId goes along where
 * the claim is elsewhere. Passes when the canary appears in no answer Mallory gets.
 */
public class ForeignWorkspaceData implements Check {

    @Override
    public CheckResult run(CheckContext context) throws Exception {
        Saas saas = new Saas(context);
        String form = context.params().getOrDefault("form", "as-sent");
        Saas.Workspace globex = form.equals("json-number") ? saas.signUpNumbered("globex") : saas.signUp("globex");
        Canary secret = Canary.of(context, "globex-invoice");
        saas.recordInvoice(globex.admin(), globex.tenantId(), secret);
        Saas.Workspace mallory = saas.signUp("mallory");
        Client as = saas.as(mallory.admin());

        Object claimed = switch (form) {
            case "as-sent" -> globex.tenantId();
            case "upper-case" -> globex.tenantId().toUpperCase(Locale.ROOT);
            case "padded" -> " " + globex.tenantId() + " ";
            case "json-number" -> Long.parseLong(globex.tenantId());
            default -> throw new IllegalArgumentException("unknown form: " + form);
        };
        String route = context.param("route");
        String claim = context.params().getOrDefault("claim", "tenantId");
        List<Reply> replies = new ArrayList<>();
        switch (route) {
            case "POST /api/exports" -> {
                Json body = switch (claim) {
                    case "tenantId" -> Json.object("report", "invoices", "tenantId", claimed);
                    case "scope.tenantId" -> Json.object("report", "invoices", "tenantId", mallory.tenantId(), "scope", Json.object("tenantId", claimed));
                    case "X-Tenant-Id" -> Json.object("report", "invoices", "tenantId", mallory.tenantId());
                    default -> throw new IllegalArgumentException("an export names the workspace in body, scope or header");
                };
                Call call = as.post("/api/exports").json(body);
                Reply export = (claim.equals("X-Tenant-Id") ? call.header("X-Tenant-Id", String.valueOf(claimed)) : call).send();
                replies.add(export);
                export.json().get("id").integer().ifPresent(id -> replies.add(as.get("/api/jobs/{}", id).send()));
            }
            case "GET /api/invoices" -> replies.add(as.get("/api/invoices").query("tenantId", claimed).send());
            case "GET /api/jobs" -> {
                long id = Saas.jobId(saas.export(globex.admin(), globex.tenantId()), "Globex's export");
                replies.add(as.get("/api/jobs/{}", id).send());
            }
            default -> throw new IllegalArgumentException("unknown route: " + route);
        }
        for (Reply reply : replies) {
            if (secret.foundIn(reply)) {
                return CheckResult.fail("Mallory, the admin of another workspace, got Globex's invoice: "
                        + reply.request().method() + " " + reply.request().target() + " answered " + reply.status()
                        + " with it. The API passed on the workspace the request named instead of the caller's own.");
            }
        }
        return CheckResult.pass("Mallory's requests brought back none of Globex's invoices.");
    }
}
