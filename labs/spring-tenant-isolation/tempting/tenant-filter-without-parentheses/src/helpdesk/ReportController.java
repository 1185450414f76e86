package helpdesk;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.Map;

/** The ticket report: asked for with a POST, built in the background, fetched when done. */
@RestController
public class ReportController {

    private final ReportStore reports;
    private final ReportBuilder builder;

    public ReportController(ReportStore reports, ReportBuilder builder) {
        this.reports = reports;
        this.builder = builder;
    }

    @PostMapping("/api/reports")
    public ResponseEntity<Map<String, Object>> request(Principal agent) {
        // Read on the request's thread, where the agent is signed in, and handed to the builder's thread as a value.
        String tenant = CurrentTenant.require();
        long id = reports.create(tenant, agent.getName());
        builder.build(id, tenant);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id, "status", "pending"));
    }

    @GetMapping("/api/reports/{id}")
    public ResponseEntity<ReportStore.Report> report(@PathVariable long id) {
        return ResponseEntity.of(reports.find(id, CurrentTenant.require()));
    }
}
