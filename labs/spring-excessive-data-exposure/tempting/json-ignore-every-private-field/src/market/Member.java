package market;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;

/** A member of the marketplace, as stored in the member table. */
public record Member(
        @Id Long id,
        String username,
        @JsonIgnore String passwordHash,
        String displayName,
        String bio,
        LocalDate joined,
        @JsonIgnore String email,
        @JsonIgnore String phone,
        @JsonIgnore String streetAddress,
        @JsonIgnore String mfaSecret,
        @JsonIgnore int fraudScore) {
}
