package ferry;

import org.springframework.data.annotation.Id;

import java.time.LocalDate;

public record Member(@Id Long id, String username, String password, String displayName, LocalDate memberSince) {
}
