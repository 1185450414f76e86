package store;

import org.springframework.data.annotation.Id;

public record Coupon(@Id Long id, String code, int percent) {
}
