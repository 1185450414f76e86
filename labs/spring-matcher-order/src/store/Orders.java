package store;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface Orders extends ListCrudRepository<CustomerOrder, Long> {
    List<CustomerOrder> findByCustomerOrderById(String customer);
}
