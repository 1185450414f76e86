package reporting;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.lab.Json;

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
        return jobs.find(request.longParam("id")).map(job -> Answer.json(job.json()))
                .orElseThrow(() -> HttpError.notFound("no such job"));
    }

    /**
     * The workspace a request is for. Services that propagate the tenant context send it in X-Tenant-Id; the API's
     * clients name it in the body ({@code tenantId}, or {@code scope.tenantId} in the v2 format) or in the query.
     * Tenant ids are case-insensitive, and older clients send them as a number when the workspace's name is one.
     */
    static String tenantOf(Incoming request, Json body) {
        Json claimed = request.header("X-Tenant-Id").map(Json::of).orElse(Json.MISSING);
        if (claimed.isMissing()) {
            claimed = body.get("scope").get("tenantId");
        }
        if (claimed.isMissing()) {
            claimed = body.get("tenantId");
        }
        if (claimed.isMissing()) {
            claimed = request.query("tenantId").map(Json::of).orElse(Json.MISSING);
        }
        String tenantId = normalise(claimed);
        if (tenantId.isEmpty()) {
            throw HttpError.badRequest("tenantId: which workspace");
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
