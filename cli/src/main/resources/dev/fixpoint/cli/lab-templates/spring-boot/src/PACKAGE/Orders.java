package {{package}};

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

/** The orders, stored with Spring Data JDBC. */
public interface Orders extends ListCrudRepository<PurchaseOrder, Long> {

    List<PurchaseOrder> findByOwner(String owner);

    Optional<PurchaseOrder> findByIdAndOwner(Long id, String owner);
}
