package api;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.lab.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's invoice, report and export endpoints. The data lives in the internal reporting service; each handler
 * passes the request on to it for the caller's workspace and relays the answer.
 */
public class ReportsController {

    private final ReportingClient reporting;

    public ReportsController(ReportingClient reporting) {
        this.reporting = reporting;
    }

    /** POST /api/invoices: records an invoice, {@code {"tenantId", "customer", "description", "amount"}}. */
    public Answer recordInvoice(Member member, Incoming request) {
        Json body = object(request).with("recordedBy", member.username());
        return reporting.send("POST", "/invoices", body, tenantContext(member, request)).relay();
    }

    /** GET /api/invoices?tenantId=...: the workspace's invoices. */
    public Answer invoices(Member member, Incoming request) {
        String query = request.query("tenantId").map(tenantId -> "?tenantId=" + ReportingClient.encode(tenantId)).orElse("");
        return reporting.send("GET", "/invoices" + query, null, tenantContext(member, request)).relay();
    }

    /** POST /api/exports: runs an export job, {@code {"tenantId", "report": "invoices"}}; answers the finished job. */
    public Answer startExport(Member member, Incoming request) {
        Json body = object(request).with("requestedBy", member.username());
        return reporting.send("POST", "/exports", body, tenantContext(member, request)).relay();
    }

    /** GET /api/jobs/{id}: an export job's status and rows, for the web app's download link. */
    public Answer job(Member member, Incoming request) {
        return reporting.send("GET", "/jobs/" + request.longParam("id"), null, tenantContext(member, request)).relay();
    }

    /**
     * The tenant context of every call to the reporting service: the caller's workspace as the session says, never a
     * tenant the client named. (The client's tenantId still goes along in the body or the query: the reporting service
     * refuses one that names another workspace.)
     */
    private static Map<String, String> tenantContext(Member member, Incoming request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.header("X-Request-Id").ifPresent(value -> headers.put("X-Request-Id", value));
        headers.put("X-Tenant-Id", member.tenantId());
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
