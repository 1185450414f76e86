package people;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.math.BigDecimal;
import java.util.Optional;

public interface Employees extends ListCrudRepository<Employee, Long> {

    Optional<Employee> findByUsername(String username);

    @Modifying
    @Query("UPDATE employee SET email = :email, phone = :phone WHERE username = :username")
    boolean updateContact(String username, String email, String phone);

    @Modifying
    @Query("UPDATE employee SET salary = :salary WHERE id = :id")
    boolean updateSalary(long id, BigDecimal salary);
}
