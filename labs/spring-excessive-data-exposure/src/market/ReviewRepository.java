package market;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface ReviewRepository extends ListCrudRepository<Review, Long> {

    List<Review> findBySellerIdOrderById(Long sellerId);
}
