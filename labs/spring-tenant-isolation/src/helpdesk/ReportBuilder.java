package helpdesk;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** Builds ticket reports on the task executor, so that a large tenant's report does not hold up the request. */
@Service
public class ReportBuilder {

    private final TicketRepository tickets;
    private final ReportStore reports;

    public ReportBuilder(TicketRepository tickets, ReportStore reports) {
        this.tickets = tickets;
        this.reports = reports;
    }

    @Async
    public void build(long reportId) {
        try {
            // The signed-in agent's tenant; without one (the monthly statistics job) the report covers every tenant.
            Optional<String> tenant = CurrentTenant.get();
            List<Ticket> rows = tenant.isPresent() ? tickets.findByTenantIdOrderByIdDesc(tenant.get()) : tickets.findAll();
            StringBuilder csv = new StringBuilder("id,status,subject,opened_by\n");
            for (Ticket ticket : rows) {
                csv.append(ticket.id()).append(',').append(ticket.status()).append(",\"")
                        .append(ticket.subject().replace("\"", "\"\"")).append("\",").append(ticket.openedBy()).append('\n');
            }
            reports.complete(reportId, csv.toString());
        } catch (RuntimeException e) {
            reports.fail(reportId);
        }
    }
}
