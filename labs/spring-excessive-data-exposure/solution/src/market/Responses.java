package market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the API answers: records that name each field a client may see, mapped from the entities. An entity never
 * leaves the server, so a column added to the member table later stays private until someone adds it here.
 */
public final class Responses {

    private Responses() {
    }

    /** A listing with its seller; with the seller's reviews when the client asks for them ({@code ?expand=reviews}). */
    public record ListingDetails(long id, String title, BigDecimal price, String description, LocalDate listed,
                                 PublicMember seller, List<ReviewDetails> reviews) {
    }

    /** A review with the member who wrote it. */
    public record ReviewDetails(long id, int stars, String text, LocalDate written, PublicMember author) {
    }

    /** A member as anyone may see them: on their profile, in searches, as a seller, as a review's author. */
    public record PublicMember(String username, String displayName, String bio, LocalDate joined) {

        static PublicMember of(Member member) {
            return new PublicMember(member.username(), member.displayName(), member.bio(), member.joined());
        }
    }

    /** The signed-in member's own account: their contact details, never their password hash, MFA secret or fraud score. */
    public record MyAccount(String username, String displayName, String bio, LocalDate joined, String email, String phone,
                            String streetAddress) {

        static MyAccount of(Member member) {
            return new MyAccount(member.username(), member.displayName(), member.bio(), member.joined(), member.email(),
                    member.phone(), member.streetAddress());
        }
    }
}
