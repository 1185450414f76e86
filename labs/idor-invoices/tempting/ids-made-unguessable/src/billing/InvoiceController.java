package billing;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the /invoices endpoints do. BillingService has already authenticated the caller (a valid bearer
 * token) before any of these methods runs.
 */
public class InvoiceController {

    private static final Set<String> STATUSES = Set.of("draft", "sent", "paid");

    private final InvoiceRepository invoices;
    /**
     * The ids clients see are random 15-digit numbers, not the database's sequential ones, so that nobody can walk
     * them to other customers' invoices.
     */
    private final Map<Long, Long> realIds = new ConcurrentHashMap<>();
    private final Map<Long, Long> publicIds = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public InvoiceController(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    /** GET /invoices: the caller's own invoices. */
    public List<Invoice> list(User caller) throws SQLException {
        return invoices.findByOwner(caller.username()).stream().map(this::hide).toList();
    }

    /** POST /invoices: a new draft invoice owned by the caller. */
    public Invoice create(User caller, InvoiceForm form) throws SQLException {
        requireValid(form.customer(), form.description(), form.amount(), "draft");
        return hide(invoices.insert(caller.username(), form.customer(), form.description(), form.amount()));
    }

    /** GET /invoices/{id} */
    public Invoice get(User caller, long id) throws SQLException {
        return hide(invoices.findById(real(id)).orElseThrow(() -> new InvoiceNotFoundException(id)));
    }

    /** PUT /invoices/{id}: replaces customer, description and amount. */
    public Invoice replace(User caller, long id, InvoiceForm form) throws SQLException {
        Invoice current = invoices.findById(real(id)).orElseThrow(() -> new InvoiceNotFoundException(id));
        String status = form.status() == null ? current.status() : form.status();
        requireValid(form.customer(), form.description(), form.amount(), status);
        return save(new Invoice(current.id(), current.owner(), form.customer(), form.description(), form.amount(), status));
    }

    /** PATCH /invoices/{id}: changes only the fields sent, such as {"status": "paid"}. */
    public Invoice patch(User caller, long id, InvoiceForm form) throws SQLException {
        Invoice current = invoices.findById(real(id)).orElseThrow(() -> new InvoiceNotFoundException(id));
        Invoice changed = new Invoice(current.id(), current.owner(),
                form.customer() != null ? form.customer() : current.customer(),
                form.description() != null ? form.description() : current.description(),
                form.amount() != null ? form.amount() : current.amount(),
                form.status() != null ? form.status() : current.status());
        requireValid(changed.customer(), changed.description(), changed.amount(), changed.status());
        return save(changed);
    }

    /** DELETE /invoices/{id} */
    public void delete(User caller, long id) throws SQLException {
        if (!invoices.delete(real(id))) {
            throw new InvoiceNotFoundException(id);
        }
    }

    /** GET /invoices/export?ids=1,2,3: the invoices as CSV rows, for the caller's bookkeeping software. */
    public List<Invoice> export(User caller, List<Long> ids) throws SQLException {
        return invoices.findAllById(ids.stream().map(this::real).toList()).stream().map(this::hide).toList();
    }

    private Invoice save(Invoice invoice) throws SQLException {
        if (!invoices.update(invoice)) {
            throw new InvoiceNotFoundException(invoice.id());
        }
        return hide(invoice);
    }

    /** The invoice as clients see it: with its random public id, given out the first time it is seen. */
    private Invoice hide(Invoice invoice) {
        long publicId = publicIds.computeIfAbsent(invoice.id(), id -> {
            long candidate;
            do {
                candidate = 100_000_000_000_000L + Math.floorMod(random.nextLong(), 900_000_000_000_000L);
            } while (realIds.putIfAbsent(candidate, id) != null);
            return candidate;
        });
        return new Invoice(publicId, invoice.owner(), invoice.customer(), invoice.description(), invoice.amount(), invoice.status());
    }

    /** The database id behind a public id; an id never given out matches no invoice. */
    private long real(long publicId) {
        return realIds.getOrDefault(publicId, -1L);
    }

    private static void requireValid(String customer, String description, BigDecimal amount, String status) {
        if (customer == null || customer.isBlank() || customer.length() > 200 || description == null
                || description.length() > 1000 || amount == null || amount.signum() < 0 || amount.scale() > 2
                || amount.precision() - amount.scale() > 10 || !STATUSES.contains(status)) {
            throw new IllegalArgumentException("invalid invoice");
        }
    }
}
