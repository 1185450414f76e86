package helpdesk;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

import java.util.List;

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
            // Never every tenant: no signed-in agent, no report.
            List<Ticket> rows = tickets.findByTenantIdOrderByIdDesc(CurrentTenant.require());
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
