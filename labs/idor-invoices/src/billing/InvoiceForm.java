package billing;

import java.math.BigDecimal;

/**
 * The fields of an invoice a client sends. For a PATCH, the fields left out (null) keep their value; the
 * owner and the id are never taken from the client.
 */
public record InvoiceForm(String customer, String description, BigDecimal amount, String status) {
}
