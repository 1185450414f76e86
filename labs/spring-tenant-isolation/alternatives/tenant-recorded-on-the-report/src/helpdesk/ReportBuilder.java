package helpdesk;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Builds ticket reports on the task executor. The tenant is the one recorded on the report when the agent asked for it:
 * the executor's threads have no signed-in agent to ask.
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
    public void build(long reportId) {
        try {
            String tenant = reports.tenantOf(reportId).orElseThrow();
            List<Ticket> rows = tickets.findByTenantIdOrderByIdDesc(tenant);
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
