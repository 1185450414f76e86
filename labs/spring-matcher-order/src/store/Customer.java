package store;

import org.springframework.data.annotation.Id;

/** A customer of the shop as the back office sees them: contact details and the staff's notes. */
public record Customer(@Id Long id, String username, String email, String phone, String note) {
}
