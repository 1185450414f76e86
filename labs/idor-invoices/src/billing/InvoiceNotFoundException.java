package billing;

/** No invoice with this id exists for the caller; BillingService answers 404. */
public class InvoiceNotFoundException extends RuntimeException {

    public InvoiceNotFoundException(long id) {
        super("invoice " + id + " not found");
    }
}
