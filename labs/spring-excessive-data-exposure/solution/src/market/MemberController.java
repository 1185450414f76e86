package market;

import market.Responses.PublicMember;
import market.Responses.ReviewDetails;
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
    @GetMapping("/{username}")
    public PublicMember profile(@PathVariable String username) {
        return PublicMember.of(member(username));
    }

    /** Members whose display name contains {@code q}, for the "find a seller" box. */
    @GetMapping
    public List<PublicMember> search(@RequestParam String q) {
        return members.findByDisplayNameContainingIgnoreCaseOrderByUsername(q.strip()).stream().map(PublicMember::of).toList();
    }

    /** What buyers wrote about a seller, each review with its author. */
    @GetMapping("/{username}/reviews")
    public List<ReviewDetails> reviews(@PathVariable String username) {
        Member seller = member(username);
        return reviews.findBySellerIdOrderById(seller.id()).stream()
                .map(review -> new ReviewDetails(review.id(), review.stars(), review.text(), review.written(),
                        PublicMember.of(members.findById(review.authorId()).orElseThrow())))
                .toList();
    }

    private Member member(String username) {
        return members.findByUsername(username).orElseThrow(() -> new NotFoundException("no member " + username));
    }
}
