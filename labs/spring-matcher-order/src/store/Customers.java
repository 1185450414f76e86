package store;

import org.springframework.data.repository.ListCrudRepository;

public interface Customers extends ListCrudRepository<Customer, Long> {
}
