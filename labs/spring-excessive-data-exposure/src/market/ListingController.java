package market;

import market.Responses.ListingDetails;
import market.Responses.ReviewDetails;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/listings")
public class ListingController {

    private final ListingRepository listings;
    private final MemberRepository members;
    private final ReviewRepository reviews;

    public ListingController(ListingRepository listings, MemberRepository members, ReviewRepository reviews) {
        this.listings = listings;
        this.members = members;
        this.reviews = reviews;
    }

    /** A listing's page: the item and its seller, and the seller's reviews with {@code ?expand=reviews}. */
    @GetMapping("/{id}")
    public ListingDetails listing(@PathVariable long id, @RequestParam(required = false) String expand) {
        Listing listing = listings.findById(id).orElseThrow(() -> new NotFoundException("no listing " + id));
        return details(listing, "reviews".equals(expand));
    }

    /** Listings whose title contains {@code q}. */
    @GetMapping
    public List<ListingDetails> search(@RequestParam String q) {
        return listings.findByTitleContainingIgnoreCaseOrderById(q.strip()).stream().map(listing -> details(listing, false)).toList();
    }

    private ListingDetails details(Listing listing, boolean withReviews) {
        Member seller = members.findById(listing.sellerId()).orElseThrow();
        List<ReviewDetails> sellerReviews = !withReviews ? null : reviews.findBySellerIdOrderById(seller.id()).stream()
                .map(review -> new ReviewDetails(review.id(), review.stars(), review.text(), review.written(),
                        members.findById(review.authorId()).orElseThrow()))
                .toList();
        return new ListingDetails(listing.id(), listing.title(), listing.price(), listing.description(), listing.listed(),
                seller, sellerReviews);
    }
}
