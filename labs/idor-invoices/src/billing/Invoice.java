package billing;

import java.math.BigDecimal;

/** An invoice, as stored and as the API returns it. */
public record Invoice(long id, String owner, String customer, String description, BigDecimal amount, String status) {
}
