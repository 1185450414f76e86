package people;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Everything the API does with the staff records. The HR operations check the role here, where every path into them
 * passes (HR's staff list and the payroll run alike); an employee's own record needs only the login.
 */
@Service
public class EmployeeService {

    private final Employees employees;

    public EmployeeService(Employees employees) {
        this.employees = employees;
    }

    public Optional<Employee> byUsername(String username) {
        return employees.findByUsername(username);
    }

    public Optional<Employee> updateContact(String username, String email, String phone) {
        return employees.updateContact(username, email, phone) ? employees.findByUsername(username) : Optional.empty();
    }

    @PreAuthorize("hasRole('HR_ADMIN')")
    public List<Employee> all() {
        return employees.findAll();
    }

    @PreAuthorize("hasRole('HR_ADMIN')")
    public Optional<Employee> find(long id) {
        return employees.findById(id);
    }

    @PreAuthorize("hasRole('HR_ADMIN')")
    public Employee hire(String fullName, String email, BigDecimal salary, String bankAccount) {
        return employees.save(new Employee(null, null, fullName, email, null, salary, bankAccount));
    }

    @PreAuthorize("hasRole('HR_ADMIN')")
    public Optional<Employee> changeSalary(long id, BigDecimal salary) {
        return employees.updateSalary(id, salary) ? employees.findById(id) : Optional.empty();
    }

    @PreAuthorize("hasRole('HR_ADMIN')")
    public boolean remove(long id) {
        if (!employees.existsById(id)) {
            return false;
        }
        employees.deleteById(id);
        return true;
    }

    /** The whole staff list with salaries and bank accounts, as CSV: the auditors' export and the bank's payroll file. */
    @PreAuthorize("hasRole('HR_ADMIN')")
    public String exportCsv() {
        StringBuilder csv = new StringBuilder("id,name,email,salary,bank_account\n");
        for (Employee employee : employees.findAll()) {
            csv.append(employee.id()).append(",\"").append(employee.fullName().replace("\"", "\"\"")).append("\",")
                    .append(employee.email() == null ? "" : employee.email()).append(',').append(employee.salary().toPlainString())
                    .append(",\"").append(employee.bankAccount() == null ? "" : employee.bankAccount()).append("\"\n");
        }
        return csv.toString();
    }
}
