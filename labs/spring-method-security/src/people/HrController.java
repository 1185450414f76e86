package people;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** HR's staff list: salaries, hiring, leavers and the auditors' export. HR administrators only. */
@RestController
@RequestMapping("/api/hr/employees")
public class HrController {

    public record HireForm(String fullName, String email, BigDecimal salary, String bankAccount) {
    }

    public record SalaryForm(BigDecimal salary) {
    }

    private final EmployeeService employees;

    public HrController(EmployeeService employees) {
        this.employees = employees;
    }

    @GetMapping
    @PreAuthorize("hasRole('HR_ADMIN')")
    public List<Employee> list() {
        return employees.all();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('HR_ADMIN')")
    public ResponseEntity<Employee> one(@PathVariable long id) {
        return ResponseEntity.of(employees.find(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('HR_ADMIN')")
    public ResponseEntity<Employee> hire(@RequestBody HireForm form) {
        if (form.fullName() == null || form.fullName().isBlank() || form.salary() == null || form.salary().signum() <= 0) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(employees.hire(form.fullName(), form.email(), form.salary(), form.bankAccount()));
    }

    @PutMapping("/{id}/salary")
    @PreAuthorize("hasRole('HR_ADMIN')")
    public ResponseEntity<Employee> changeSalary(@PathVariable long id, @RequestBody SalaryForm form) {
        if (form.salary() == null || form.salary().signum() <= 0) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.of(employees.changeSalary(id, form.salary()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('HR_ADMIN')")
    public ResponseEntity<Void> remove(@PathVariable long id) {
        return employees.remove(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @PreAuthorize("hasRole('HR_ADMIN')")
    public String export() {
        return employees.exportCsv();
    }
}
