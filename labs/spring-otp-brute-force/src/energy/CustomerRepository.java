package energy;

import org.springframework.data.repository.CrudRepository;

import java.util.Optional;

public interface CustomerRepository extends CrudRepository<Customer, Long> {

    /** Customers sign in with their name in any letter case; names are stored in lower case. */
    Optional<Customer> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);
}
