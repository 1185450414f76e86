package store;

import org.springframework.data.annotation.Id;

import java.math.BigDecimal;

public record CustomerOrder(@Id Long id, String customer, Long productId, int quantity, BigDecimal total) {
}
