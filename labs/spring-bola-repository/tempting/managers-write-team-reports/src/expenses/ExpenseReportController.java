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
        if (isManager(caller)) {
            String team = employees.teamOf(caller.getName());
            return search ? reports.findByTeamAndTitleContainingIgnoreCaseOrderById(team, q.strip()) : reports.findByTeamOrderById(team);
        }
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
        return load(id, caller);
    }

    @PutMapping("/{id}")
    public ExpenseReport edit(@PathVariable Long id, @Valid @RequestBody ReportForm form, Authentication caller) {
        return reports.save(load(id, caller).edited(form));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdraw(@PathVariable Long id, Authentication caller) {
        reports.delete(load(id, caller));
    }

    /** The report, if the caller owns it or manages the owner's team; else the same 404 as a missing id. */
    private ExpenseReport load(Long id, Authentication caller) {
        ExpenseReport report = reports.findById(id).orElseThrow(ReportNotFoundException::new);
        boolean owner = report.owner().equals(caller.getName());
        boolean teamManager = isManager(caller) && report.team().equals(employees.teamOf(caller.getName()));
        if (!owner && !teamManager) {
            throw new ReportNotFoundException();
        }
        return report;
    }

    private static boolean isManager(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(authority -> "ROLE_MANAGER".equals(authority.getAuthority()));
    }
}
