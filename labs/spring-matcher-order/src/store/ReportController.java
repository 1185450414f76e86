package store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reports for the shop's bookkeeping. */
@RestController
public class ReportController {

    private final JdbcTemplate jdbc;

    public ReportController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every order with the buyer's contact details, as CSV for the accountant's spreadsheet. */
    @GetMapping(value = "/api/reports/sales", produces = "text/csv")
    public String sales() {
        StringBuilder csv = new StringBuilder("order,customer,email,product,quantity,total\n");
        jdbc.query("""
                SELECT o.id, o.customer, c.email, p.name, o.quantity, o.total
                FROM customer_order o LEFT JOIN customer c ON c.username = o.customer LEFT JOIN product p ON p.id = o.product_id
                ORDER BY o.id""", row -> {
            csv.append(row.getLong(1)).append(',').append(row.getString(2)).append(',').append(row.getString(3)).append(",\"")
                    .append(String.valueOf(row.getString(4)).replace("\"", "\"\"")).append("\",").append(row.getInt(5)).append(',')
                    .append(row.getBigDecimal(6)).append('\n');
        });
        return csv.toString();
    }
}
