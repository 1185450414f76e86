package shop;

import org.springframework.data.repository.CrudRepository;

import java.util.Optional;

public interface Accounts extends CrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);
}
