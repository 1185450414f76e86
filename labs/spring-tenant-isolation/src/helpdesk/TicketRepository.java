package helpdesk;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

/** Tickets: every query names the tenant. */
public interface TicketRepository extends ListCrudRepository<Ticket, Long> {

    List<Ticket> findByTenantIdOrderByIdDesc(String tenantId);

    Optional<Ticket> findByIdAndTenantId(Long id, String tenantId);

    long countByTenantIdAndStatus(String tenantId, String status);
}
