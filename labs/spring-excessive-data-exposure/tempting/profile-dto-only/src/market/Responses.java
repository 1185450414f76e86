package market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The answers that combine several tables. */
public final class Responses {

    private Responses() {
    }

    /** A listing with its seller; with the seller's reviews when the client asks for them ({@code ?expand=reviews}). */
    public record ListingDetails(long id, String title, BigDecimal price, String description, LocalDate listed,
                                 Member seller, List<ReviewDetails> reviews) {
    }

    /** A review with the member who wrote it. */
    public record ReviewDetails(long id, int stars, String text, LocalDate written, Member author) {
    }

    /** A member's public profile. */
    public record PublicMember(String username, String displayName, String bio, LocalDate joined) {

        static PublicMember of(Member member) {
            return new PublicMember(member.username(), member.displayName(), member.bio(), member.joined());
        }
    }
}
