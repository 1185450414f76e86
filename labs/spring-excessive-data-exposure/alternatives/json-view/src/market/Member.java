package market;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonView;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;

/**
 * A member of the marketplace, as stored in the member table. Each field the API may show names the view it belongs to:
 * Public wherever a member is shown, Owner (which includes Public) only on the member's own account. What no one may see
 * is ignored outright.
 */
public record Member(
        @JsonIgnore @Id Long id,
        @JsonView(Member.Views.Public.class) String username,
        @JsonIgnore String passwordHash,
        @JsonView(Member.Views.Public.class) String displayName,
        @JsonView(Member.Views.Public.class) String bio,
        @JsonView(Member.Views.Public.class) LocalDate joined,
        @JsonView(Member.Views.Owner.class) String email,
        @JsonView(Member.Views.Owner.class) String phone,
        @JsonView(Member.Views.Owner.class) String streetAddress,
        @JsonIgnore String mfaSecret,
        @JsonIgnore int fraudScore) {

    /** The audiences of the API's answers. */
    public interface Views {

        /** Anyone: profiles, searches, sellers, review authors, followed members. */
        interface Public {
        }

        /** The member themselves, on their own account. */
        interface Owner extends Public {
        }
    }
}
