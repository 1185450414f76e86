package helpdesk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

@RestController
public class TicketController {

    public record NewTicket(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 2000) String body) {
    }

    private final TicketRepository tickets;
    private final TicketSearch search;

    public TicketController(TicketRepository tickets, TicketSearch search) {
        this.tickets = tickets;
        this.search = search;
    }

    @GetMapping("/api/tickets")
    public List<Ticket> list() {
        return tickets.findByTenantIdOrderByIdDesc(CurrentTenant.require());
    }

    @GetMapping("/api/tickets/{id}")
    public ResponseEntity<Ticket> one(@PathVariable Long id) {
        return ResponseEntity.of(tickets.findByIdAndTenantId(id, CurrentTenant.require()));
    }

    @PostMapping("/api/tickets")
    public ResponseEntity<Ticket> open(@Valid @RequestBody NewTicket ticket, Principal agent) {
        Ticket saved = tickets.save(new Ticket(null, CurrentTenant.require(), ticket.subject(), ticket.body(), "open", agent.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }

    /** Full-text-ish search over subjects and bodies, newest first. */
    @GetMapping("/api/tickets/search")
    public List<Ticket> search(@RequestParam(name = "q", defaultValue = "") String text) {
        return search.search(text);
    }
}
