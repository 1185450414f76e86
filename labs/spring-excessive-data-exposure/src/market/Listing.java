package market;

import org.springframework.data.annotation.Id;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Something a member sells. */
public record Listing(@Id Long id, Long sellerId, String title, BigDecimal price, String description, LocalDate listed) {
}
