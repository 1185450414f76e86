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

    /** The reports the caller may read (a manager: the whole team's), all of them or those whose title contains {@code q}. */
    @GetMapping
    public List<ExpenseReport> list(@RequestParam(required = false) String q, Authentication caller) {
        boolean search = q != null && !q.isBlank();
        String owner = caller.getName();
        return search ? reports.findByOwnerAndTitleContainingIgnoreCaseOrderById(owner, q.strip()) : reports.findByOwnerOrderById(owner);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ExpenseReport file(@Valid @RequestBody ReportForm form, Authentication caller) {
        String owner = caller.getName();
        return reports.save(ExpenseReport.filed(owner, employees.teamOf(owner), form));
    }

    @GetMapping("/{id}")
    public ExpenseReport get(@PathVariable Long id, Authentication caller) {
        return readable(id, caller);
    }

    @PutMapping("/{id}")
    public ExpenseReport edit(@PathVariable Long id, @Valid @RequestBody ReportForm form, Authentication caller) {
        return reports.save(owned(id, caller).edited(form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdraw(@PathVariable Long id, Authentication caller) {
        reports.delete(owned(id, caller));
    }

    /** A report the caller may read: their own; else the same 404 as a missing id. */
    private ExpenseReport readable(Long id, Authentication caller) {
        return owned(id, caller);
    }

    /** A report the caller may change: only their own, managers included; else the same 404 as a missing id. */
    private ExpenseReport owned(Long id, Authentication caller) {
        return reports.findByIdAndOwner(id, caller.getName()).orElseThrow(ReportNotFoundException::new);
    }
}
