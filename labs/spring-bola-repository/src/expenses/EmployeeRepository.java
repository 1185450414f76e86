package expenses;

import org.springframework.data.repository.Repository;

import java.util.Optional;

public interface EmployeeRepository extends Repository<Employee, String> {

    Optional<Employee> findByUsername(String username);

    /** The team of the signed-in user (every account has an employee row). */
    default String teamOf(String username) {
        return findByUsername(username).map(Employee::team)
                .orElseThrow(() -> new IllegalStateException("no employee record for " + username));
    }
}
