package people;

import org.springframework.data.annotation.Id;

import java.math.BigDecimal;

/** A member of staff: contact details, yearly salary and the account it is paid into. */
public record Employee(@Id Long id, String username, String fullName, String email, String phone, BigDecimal salary,
                       String bankAccount) {
}
