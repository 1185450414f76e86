package expenses;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/reports")
public class ExpenseReportController {

    private final ExpenseReportRepository reports;
    private final EmployeeRepository employees;

    public ExpenseReportController(ExpenseReportRepository reports, EmployeeRepository employees) {
        this.reports = reports;
        this.employees = employees;
    }

    /** The caller's reports (a manager's: the whole team's), or those whose title contains {@code q}. */
    @GetMapping
    public List<ExpenseReport> list(@RequestParam(required = false) String q, Authentication caller) {
        if (q != null && !q.isBlank()) {
            return reports.findByTitleContainingIgnoreCaseOrderById(q.strip());
        }
        if (isManager(caller)) {
            return reports.findByTeamOrderById(employees.teamOf(caller.getName()));
        }
        return reports.findByOwnerOrderById(caller.getName());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ExpenseReport file(@Valid @RequestBody ReportForm form, Authentication caller) {
        String owner = caller.getName();
        return reports.save(ExpenseReport.filed(owner, employees.teamOf(owner), form));
    }

    @GetMapping("/{id}")
    public ExpenseReport get(@PathVariable Long id) {
        return reports.findById(id).orElseThrow(ReportNotFoundException::new);
    }

    @PutMapping("/{id}")
    public ExpenseReport edit(@PathVariable Long id, @Valid @RequestBody ReportForm form) {
        ExpenseReport report = reports.findById(id).orElseThrow(ReportNotFoundException::new);
        return reports.save(report.edited(form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdraw(@PathVariable Long id) {
        ExpenseReport report = reports.findById(id).orElseThrow(ReportNotFoundException::new);
        reports.delete(report);
    }

    private static boolean isManager(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(authority -> "ROLE_MANAGER".equals(authority.getAuthority()));
    }
}
