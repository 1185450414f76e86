package market;

import market.Responses.ReviewDetails;
import com.fasterxml.jackson.annotation.JsonView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/users")
public class MemberController {

    private final MemberRepository members;
    private final ReviewRepository reviews;

    public MemberController(MemberRepository members, ReviewRepository reviews) {
        this.members = members;
        this.reviews = reviews;
    }

    /** A member's public profile page. */
    @JsonView(Member.Views.Public.class)
    @GetMapping("/{username}")
    public Member profile(@PathVariable String username) {
        return members.findByUsername(username).orElseThrow(() -> new NotFoundException("no member " + username));
    }

    /** Members whose display name contains {@code q}, for the "find a seller" box. */
    @JsonView(Member.Views.Public.class)
    @GetMapping
    public List<Member> search(@RequestParam String q) {
        return members.findByDisplayNameContainingIgnoreCaseOrderByUsername(q.strip());
    }

    /** What buyers wrote about a seller, each review with its author. */
    @JsonView(Member.Views.Public.class)
    @GetMapping("/{username}/reviews")
    public List<ReviewDetails> reviews(@PathVariable String username) {
        Member seller = profile(username);
        return reviews.findBySellerIdOrderById(seller.id()).stream()
                .map(review -> new ReviewDetails(review.id(), review.stars(), review.text(), review.written(),
                        members.findById(review.authorId()).orElseThrow()))
                .toList();
    }
}
