package reporting;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.lab.Json;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The reporting service's endpoints. Every request is for one workspace: {@link #tenantOf} says which. */
public class ReportingController {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}(\\.\\d{2})?");

    private final Invoices invoices;
    private final Jobs jobs;

    public ReportingController(Invoices invoices, Jobs jobs) {
        this.invoices = invoices;
        this.jobs = jobs;
    }

    /** POST /invoices: records an invoice for the workspace. */
    public Answer recordInvoice(Incoming request) {
        Json body = request.json();
        String tenantId = tenantOf(request, body);
        String customer = text(body, "customer");
        String description = text(body, "description");
        String amount = body.get("amount").text("");
        if (!AMOUNT.matcher(amount).matches()) {
            throw HttpError.badRequest("amount: such as 120.00");
        }
        return Answer.json(201, invoices.add(tenantId, customer, description, amount, body.get("recordedBy").text("")).json());
    }

    /** GET /invoices: the workspace's invoices. */
    public Answer invoices(Incoming request) {
        String tenantId = tenantOf(request, Json.MISSING);
        return Answer.json(Json.of(invoices.of(tenantId).stream().map(Invoices.Invoice::json).toList()));
    }

    /** POST /exports: runs an export of the workspace's invoices and answers the finished job. */
    public Answer export(Incoming request) {
        Json body = request.json();
        String tenantId = tenantOf(request, body);
        String report = body.get("report").text("invoices");
        if (!report.equals("invoices")) {
            throw HttpError.badRequest("report: invoices");
        }
        Jobs.Job job = jobs.run(tenantId, report, body.get("requestedBy").text(""),
                invoices.of(tenantId).stream().map(Invoices.Invoice::json).toList());
        return Answer.json(201, job.json());
    }

    /** GET /jobs/{id}: a finished export job. */
    public Answer job(Incoming request) {
        String tenantId = tenantOf(request, Json.MISSING);
        return jobs.find(request.longParam("id")).filter(job -> job.tenantId().equals(tenantId))
                .map(job -> Answer.json(job.json()))
                .orElseThrow(() -> HttpError.notFound("no such job"));
    }

    /**
     * The workspace a request is for: the tenant context the API states in X-Tenant-Id, from its session. A tenantId
     * the client named (in the body, in scope.tenantId or in the query) may only repeat it: the web app sends its own.
     */
    static String tenantOf(Incoming request, Json body) {
        String tenantId = normalise(request.header("X-Tenant-Id").map(Json::of).orElse(Json.MISSING));
        if (tenantId.isEmpty()) {
            throw HttpError.badRequest("X-Tenant-Id: the caller's workspace, stated by the API");
        }
        for (Json claimed : List.of(body.get("tenantId"), body.get("scope").get("tenantId"),
                request.query("tenantId").map(Json::of).orElse(Json.MISSING))) {
            if (!claimed.isMissing() && !normalise(claimed).equals(tenantId)) {
                throw HttpError.forbidden("the request names another workspace");
            }
        }
        return tenantId;
    }

    /** A tenant id as the reporting service stores it: trimmed and in lower case; a number as its digits. */
    static String normalise(Json tenantId) {
        return tenantId.integer().map(String::valueOf).orElse(tenantId.text("")).trim().toLowerCase(Locale.ROOT);
    }

    private static String text(Json body, String field) {
        String value = body.get(field).text("");
        if (value.isBlank() || value.length() > 200) {
            throw HttpError.badRequest(field + ": 1 to 200 characters");
        }
        return value;
    }
}
