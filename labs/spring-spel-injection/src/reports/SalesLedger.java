package reports;

import org.springframework.jdbc.core.BeanPropertyRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * This month's order lines, loaded once at start-up and kept in memory: the sales dashboards poll the summary every few
 * seconds, and the order service reloads the ledger at night. Nothing in this service changes a line.
 */
@Component
public class SalesLedger {

    private final List<OrderLine> lines;

    public SalesLedger(JdbcTemplate jdbc) {
        this.lines = List.copyOf(jdbc.query("SELECT * FROM order_line ORDER BY id", new BeanPropertyRowMapper<>(OrderLine.class)));
    }

    public List<OrderLine> lines() {
        return lines;
    }

    /** Units sold, revenue after discounts, and cost of goods over every line. */
    public Map<String, Object> summary() {
        int units = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            BigDecimal quantity = BigDecimal.valueOf(line.getQuantity());
            units += line.getQuantity();
            revenue = revenue.add(line.getUnitPrice().multiply(quantity)
                    .multiply(BigDecimal.valueOf(100 - line.getDiscountPercent())).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN));
            cost = cost.add(line.getUnitCost().multiply(quantity));
        }
        return Map.of("lines", lines.size(), "units", units, "revenue", revenue, "cost", cost, "margin", revenue.subtract(cost));
    }
}
