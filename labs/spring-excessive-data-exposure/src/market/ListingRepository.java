package market;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface ListingRepository extends ListCrudRepository<Listing, Long> {

    List<Listing> findByTitleContainingIgnoreCaseOrderById(String text);
}
