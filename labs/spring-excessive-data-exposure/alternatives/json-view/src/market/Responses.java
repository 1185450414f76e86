package market;

import com.fasterxml.jackson.annotation.JsonView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The answers that combine several tables; every field is in the Public view, and a nested member shows that view's fields. */
public final class Responses {

    private Responses() {
    }

    /** A listing with its seller; with the seller's reviews when the client asks for them ({@code ?expand=reviews}). */
    public record ListingDetails(@JsonView(Member.Views.Public.class) long id,
                                 @JsonView(Member.Views.Public.class) String title,
                                 @JsonView(Member.Views.Public.class) BigDecimal price,
                                 @JsonView(Member.Views.Public.class) String description,
                                 @JsonView(Member.Views.Public.class) LocalDate listed,
                                 @JsonView(Member.Views.Public.class) Member seller,
                                 @JsonView(Member.Views.Public.class) List<ReviewDetails> reviews) {
    }

    /** A review with the member who wrote it. */
    public record ReviewDetails(@JsonView(Member.Views.Public.class) long id,
                                @JsonView(Member.Views.Public.class) int stars,
                                @JsonView(Member.Views.Public.class) String text,
                                @JsonView(Member.Views.Public.class) LocalDate written,
                                @JsonView(Member.Views.Public.class) Member author) {
    }
}
