package energy;

import org.springframework.data.annotation.Id;

public record Customer(@Id Long id, String username, String password, String email, String tariff) {
}
