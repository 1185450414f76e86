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
import java.util.Locale;

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
        List<ExpenseReport> readable = isManager(caller)
                ? reports.findByTeamOrderById(employees.teamOf(caller.getName()))
                : reports.findByOwnerOrderById(caller.getName());
        if (q == null || q.isBlank()) {
            return readable;
        }
        String text = q.strip().toLowerCase(Locale.ROOT);
        return readable.stream().filter(report -> report.title().toLowerCase(Locale.ROOT).contains(text)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ExpenseReport file(@Valid @RequestBody ReportForm form, Authentication caller) {
        String owner = caller.getName();
        return reports.save(ExpenseReport.filed(owner, employees.teamOf(owner), form));
    }

    @GetMapping("/{id}")
    public ExpenseReport get(@PathVariable Long id, Authentication caller) {
        ExpenseReport report = reports.findById(id).orElseThrow(ReportNotFoundException::new);
        if (!mayRead(report, caller)) {
            throw new ReportNotFoundException();
        }
        return report;
    }

    @PutMapping("/{id}")
    public ExpenseReport edit(@PathVariable Long id, @Valid @RequestBody ReportForm form, Authentication caller) {
        ExpenseReport report = reports.findById(id).orElseThrow(ReportNotFoundException::new);
        if (!mayChange(report, caller)) {
            throw new ReportNotFoundException();
        }
        return reports.save(report.edited(form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdraw(@PathVariable Long id, Authentication caller) {
        ExpenseReport report = reports.findById(id).orElseThrow(ReportNotFoundException::new);
        if (!mayChange(report, caller)) {
            throw new ReportNotFoundException();
        }
        reports.delete(report);
    }

    /** The owner reads a report, and so does a manager of the team it was filed for. */
    private boolean mayRead(ExpenseReport report, Authentication caller) {
        return mayChange(report, caller) || isManager(caller) && report.team().equals(employees.teamOf(caller.getName()));
    }

    /** Only the owner changes a report: managers read their team's, they do not edit or withdraw them. */
    private static boolean mayChange(ExpenseReport report, Authentication caller) {
        return report.owner().equals(caller.getName());
    }

    private static boolean isManager(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(authority -> "ROLE_MANAGER".equals(authority.getAuthority()));
    }
}
