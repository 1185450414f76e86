package market;

import org.springframework.data.annotation.Id;

import java.time.LocalDate;

/** What a buyer ({@code authorId}) wrote about a seller after a sale. */
public record Review(@Id Long id, Long sellerId, Long authorId, int stars, String text, LocalDate written) {
}
