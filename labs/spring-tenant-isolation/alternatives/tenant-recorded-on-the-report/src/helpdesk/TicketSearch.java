package helpdesk;

import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Locale;

/**
 * The ticket search, on top of the repository's tenant-scoped query: the agent's tenant's tickets, filtered by subject or
 * body in any case, at most 50. No SQL of its own, so no query that can forget the tenant.
 */
@Repository
public class TicketSearch {

    private final TicketRepository tickets;

    public TicketSearch(TicketRepository tickets) {
        this.tickets = tickets;
    }

    public List<Ticket> search(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return tickets.findByTenantIdOrderByIdDesc(CurrentTenant.require()).stream()
                .filter(ticket -> ticket.subject().toLowerCase(Locale.ROOT).contains(needle)
                        || ticket.body().toLowerCase(Locale.ROOT).contains(needle))
                .limit(50)
                .toList();
    }
}
