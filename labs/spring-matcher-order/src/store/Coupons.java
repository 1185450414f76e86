package store;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface Coupons extends ListCrudRepository<Coupon, Long> {
    Optional<Coupon> findByCode(String code);
}
