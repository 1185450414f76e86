package reports;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The ledger as the dashboards read it. */
@RestController
@RequestMapping("/api/sales")
public class SalesController {

    private final SalesLedger ledger;

    public SalesController(SalesLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/lines")
    public List<OrderLine> lines() {
        return ledger.lines();
    }

    @GetMapping("/summary")
    public Map<String, Object> summary() {
        return ledger.summary();
    }
}
