package store;

import org.springframework.data.repository.ListCrudRepository;

public interface Products extends ListCrudRepository<Product, Long> {
}
