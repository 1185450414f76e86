package people;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The month-end payroll run, called by the payroll spreadsheet: the file for the bank, and the salary changes of a
 * review round in one request. It reuses the staff list's operations in EmployeeService, so it needs HR's role as
 * HrController does.
 */
@RestController
@RequestMapping("/api/payroll")
@PreAuthorize("hasRole('HR_ADMIN')")
public class PayrollController {

    public record Adjustment(long employeeId, BigDecimal salary) {
    }

    private final EmployeeService employees;

    public PayrollController(EmployeeService employees) {
        this.employees = employees;
    }

    @GetMapping(value = "/export", produces = "text/csv")
    public String export() {
        return employees.exportCsv();
    }

    @PostMapping("/adjustments")
    public ResponseEntity<Map<String, Integer>> adjust(@RequestBody List<Adjustment> adjustments) {
        if (adjustments.stream().anyMatch(adjustment -> adjustment.salary() == null || adjustment.salary().signum() <= 0)) {
            return ResponseEntity.badRequest().build();
        }
        int updated = 0;
        for (Adjustment adjustment : adjustments) {
            if (employees.changeSalary(adjustment.employeeId(), adjustment.salary()).isPresent()) {
                updated++;
            }
        }
        return ResponseEntity.ok(Map.of("updated", updated));
    }
}
