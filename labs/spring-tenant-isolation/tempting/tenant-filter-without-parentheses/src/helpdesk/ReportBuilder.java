package helpdesk;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Builds ticket reports on the task executor, so that a large tenant's report does not hold up the request. The tenant
 * is a parameter: the executor's threads have no signed-in agent, and a report never covers more than one tenant.
 */
@Service
public class ReportBuilder {

    private final TicketRepository tickets;
    private final ReportStore reports;

    public ReportBuilder(TicketRepository tickets, ReportStore reports) {
        this.tickets = tickets;
        this.reports = reports;
    }

    @Async
    public void build(long reportId, String tenantId) {
        try {
            List<Ticket> rows = tickets.findByTenantIdOrderByIdDesc(tenantId);
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
