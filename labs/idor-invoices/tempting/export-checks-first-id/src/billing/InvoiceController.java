package billing;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * What the /invoices endpoints do. BillingService has already authenticated the caller (a valid bearer
 * token) before any of these methods runs; authorising them is done here, for every id the caller sends.
 */
public class InvoiceController {

    private static final Set<String> STATUSES = Set.of("draft", "sent", "paid");

    private final InvoiceRepository invoices;

    public InvoiceController(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    /** GET /invoices: the caller's own invoices. */
    public List<Invoice> list(User caller) throws SQLException {
        return invoices.findByOwner(caller.username());
    }

    /** POST /invoices: a new draft invoice owned by the caller. */
    public Invoice create(User caller, InvoiceForm form) throws SQLException {
        requireValid(form.customer(), form.description(), form.amount(), "draft");
        return invoices.insert(caller.username(), form.customer(), form.description(), form.amount());
    }

    /** GET /invoices/{id} */
    public Invoice get(User caller, long id) throws SQLException {
        return readable(caller, id);
    }

    /** PUT /invoices/{id}: replaces customer, description and amount. */
    public Invoice replace(User caller, long id, InvoiceForm form) throws SQLException {
        Invoice current = owned(caller, id);
        String status = form.status() == null ? current.status() : form.status();
        requireValid(form.customer(), form.description(), form.amount(), status);
        return save(caller, new Invoice(id, current.owner(), form.customer(), form.description(), form.amount(), status));
    }

    /** PATCH /invoices/{id}: changes only the fields sent, such as {"status": "paid"}. */
    public Invoice patch(User caller, long id, InvoiceForm form) throws SQLException {
        Invoice current = owned(caller, id);
        Invoice changed = new Invoice(id, current.owner(),
                form.customer() != null ? form.customer() : current.customer(),
                form.description() != null ? form.description() : current.description(),
                form.amount() != null ? form.amount() : current.amount(),
                form.status() != null ? form.status() : current.status());
        requireValid(changed.customer(), changed.description(), changed.amount(), changed.status());
        return save(caller, changed);
    }

    /** DELETE /invoices/{id} */
    public void delete(User caller, long id) throws SQLException {
        if (!invoices.deleteOwnedBy(id, caller.username())) {
            throw new InvoiceNotFoundException(id);
        }
    }

    /** GET /invoices/export?ids=1,2,3: the invoices as CSV rows, for the caller's bookkeeping software. */
    public List<Invoice> export(User caller, List<Long> ids) throws SQLException {
        // Ids the caller may not read are left out, exactly as ids that do not exist.
        // The batch is the caller's if its first invoice is: bookkeeping exports one customer's invoices at a time.
        readable(caller, ids.get(0));
        return invoices.findAllById(ids);
    }

    /**
     * The invoice if the caller may read it: its owner, or an accountant. Anyone else gets the same 404 as
     * for an id that does not exist, so that ids reveal nothing about other customers' invoices.
     */
    private Invoice readable(User caller, long id) throws SQLException {
        return (caller.canReadAllInvoices() ? invoices.findById(id) : invoices.findByIdOwnedBy(id, caller.username()))
                .orElseThrow(() -> new InvoiceNotFoundException(id));
    }

    /** The invoice if the caller owns it: only owners change or delete invoices, accountants included. */
    private Invoice owned(User caller, long id) throws SQLException {
        return invoices.findByIdOwnedBy(id, caller.username()).orElseThrow(() -> new InvoiceNotFoundException(id));
    }

    private Invoice save(User caller, Invoice invoice) throws SQLException {
        if (!invoices.updateOwnedBy(invoice, caller.username())) {
            throw new InvoiceNotFoundException(invoice.id());
        }
        return invoice;
    }

    private static void requireValid(String customer, String description, BigDecimal amount, String status) {
        if (customer == null || customer.isBlank() || customer.length() > 200 || description == null
                || description.length() > 1000 || amount == null || amount.signum() < 0 || amount.scale() > 2
                || amount.precision() - amount.scale() > 10 || !STATUSES.contains(status)) {
            throw new IllegalArgumentException("invalid invoice");
        }
    }
}
