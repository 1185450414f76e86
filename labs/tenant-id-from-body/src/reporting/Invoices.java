package reporting;

import dev.fixpoint.lab.Json;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Every workspace's invoices, kept in memory; each carries the tenant it belongs to. */
public final class Invoices {

    /** One invoice; {@code amount} as the customer sees it, such as {@code 120.00}. */
    public record Invoice(long number, String tenantId, String customer, String description, String amount, String recordedBy) {

        public Json json() {
            return Json.object("number", number, "tenantId", tenantId, "customer", customer, "description", description,
                    "amount", amount, "recordedBy", recordedBy);
        }
    }

    private final List<Invoice> invoices = new CopyOnWriteArrayList<>();
    private final AtomicLong numbers = new AtomicLong(1000);

    public Invoice add(String tenantId, String customer, String description, String amount, String recordedBy) {
        Invoice invoice = new Invoice(numbers.incrementAndGet(), tenantId, customer, description, amount, recordedBy);
        invoices.add(invoice);
        return invoice;
    }

    /** The workspace's invoices, oldest first. */
    public List<Invoice> of(String tenantId) {
        return invoices.stream().filter(invoice -> invoice.tenantId().equals(tenantId)).toList();
    }
}
