package reports;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Custom report columns: an analyst names a column and writes its formula over the fields of an order line; the answer
 * has the column's value for every line of the ledger.
 */
@RestController
public class ReportController {

    public record ColumnRequest(String name, String formula) {
    }

    private final SalesLedger ledger;
    private final FormulaEvaluator formulas;

    public ReportController(SalesLedger ledger, FormulaEvaluator formulas) {
        this.ledger = ledger;
        this.formulas = formulas;
    }

    @PostMapping("/api/reports/column")
    public Map<String, Object> column(@RequestBody ColumnRequest request) {
        if (request.formula() == null || request.formula().isBlank()) {
            throw new FormulaException("formula: write a formula over the line's fields, such as quantity * unitPrice");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OrderLine line : ledger.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", line.getId());
            row.put("orderNumber", line.getOrderNumber());
            row.put("sku", line.getSku());
            row.put("value", formulas.evaluate(request.formula(), line));
            rows.add(row);
        }
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("name", request.name() == null ? "value" : request.name());
        column.put("formula", request.formula());
        column.put("rows", rows);
        return column;
    }

    @ExceptionHandler(FormulaException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, String> invalid(FormulaException e) {
        return Map.of("error", e.getMessage());
    }
}
