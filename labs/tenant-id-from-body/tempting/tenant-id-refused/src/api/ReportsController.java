package api;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.lab.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's invoice, report and export endpoints. The data lives in the internal reporting service; each handler
 * passes the request on to it for the caller's workspace and relays the answer.
 */
public class ReportsController {

    /** Headers the platform's services propagate from call to call: tracing and the tenant context. */
    private static final List<String> PROPAGATED = List.of("X-Request-Id");

    private final ReportingClient reporting;

    public ReportsController(ReportingClient reporting) {
        this.reporting = reporting;
    }

    /** POST /api/invoices: records an invoice, {@code {"tenantId", "customer", "description", "amount"}}. */
    public Answer recordInvoice(Member member, Incoming request) {
        Json body = withTenant(member, object(request)).with("recordedBy", member.username());
        return reporting.send("POST", "/invoices", body, propagated(request)).relay();
    }

    /** GET /api/invoices?tenantId=...: the workspace's invoices. */
    public Answer invoices(Member member, Incoming request) {
        if (request.query("tenantId").isPresent()) {
            throw HttpError.badRequest("tenantId: the workspace comes from your session, do not send one");
        }
        String tenantId = member.tenantId();
        return reporting.send("GET", "/invoices?tenantId=" + ReportingClient.encode(tenantId), null, propagated(request)).relay();
    }

    /** POST /api/exports: runs an export job, {@code {"tenantId", "report": "invoices"}}; answers the finished job. */
    public Answer startExport(Member member, Incoming request) {
        Json body = withTenant(member, object(request)).with("requestedBy", member.username());
        return reporting.send("POST", "/exports", body, propagated(request)).relay();
    }

    /** GET /api/jobs/{id}: an export job's status and rows, for the web app's download link. */
    public Answer job(Member member, Incoming request) {
        ReportingClient.Reply job = reporting.send("GET", "/jobs/" + request.longParam("id"), null, propagated(request));
        if (job.status() == 200 && !job.body().get("tenantId").text("").equals(member.tenantId())) {
            throw HttpError.notFound("no such job");
        }
        return job.relay();
    }

    /** The web app sends its workspace's tenantId with every request; the mobile app does not, and gets the session's. */
    private static Json withTenant(Member member, Json body) {
        if (!body.get("tenantId").isMissing() || !body.get("scope").isMissing()) {
            throw HttpError.badRequest("tenantId: the workspace comes from your session, do not send one");
        }
        return body.with("tenantId", member.tenantId());
    }

    private static Map<String, String> propagated(Incoming request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : PROPAGATED) {
            request.header(name).ifPresent(value -> headers.put(name, value));
        }
        return headers;
    }

    private static Json object(Incoming request) {
        Json body = request.json();
        if (body.kind() != Json.Kind.OBJECT) {
            throw HttpError.badRequest("the body must be a JSON object");
        }
        return body;
    }
}
