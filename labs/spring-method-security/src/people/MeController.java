package people;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/** Every employee's own record: they read it and keep their contact details up to date. */
@RestController
@RequestMapping("/api/me")
public class MeController {

    public record ContactForm(String email, String phone) {
    }

    private final EmployeeService employees;

    public MeController(EmployeeService employees) {
        this.employees = employees;
    }

    @GetMapping
    public ResponseEntity<Employee> me(Principal user) {
        return ResponseEntity.of(employees.byUsername(user.getName()));
    }

    @PatchMapping
    public ResponseEntity<Employee> updateContact(@RequestBody ContactForm form, Principal user) {
        if (form.email() == null || !form.email().contains("@")) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.of(employees.updateContact(user.getName(), form.email(), form.phone()));
    }
}
