package checks;

import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the marketplace must keep showing, by {@code view} (param): a member's public profile, a listing with its seller,
 * reviews with their authors, the two searches, the members someone follows, and the signed-in member's own account.
 */
public class PublicData implements Check {

    private static final String HANA = "Hana Kowalska";
    private static final String OMAR = "Omar Haddad";

    @Override
    public CheckResult run(CheckContext context) {
        String view = context.param("view");
        String failure = switch (view) {
            case "profile" -> profile(context);
            case "listing" -> listing(context);
            case "reviews" -> reviews(context);
            case "search" -> search(context);
            case "following" -> following(context);
            case "me" -> me(context);
            default -> throw new IllegalArgumentException("unknown view " + view);
        };
        return failure == null ? CheckResult.pass("The " + view + " answer shows what it promises.") : CheckResult.fail(failure);
    }

    private static String profile(CheckContext context) {
        Reply reply = Market.anonymous(context).get("/api/users/hana").send();
        Json hana = reply.json();
        if (reply.status() != 200 || !"hana".equals(hana.get("username").text("")) || !HANA.equals(hana.get("displayName").text(""))
                || !hana.get("bio").text("").startsWith("Film cameras") || !"2021-03-14".equals(hana.get("joined").text(""))) {
            return "GET /api/users/hana answered " + reply.status() + " without Hana's username, displayName, bio and joined date"
                    + " (2021-03-14): " + abbreviated(reply);
        }
        return null;
    }

    private static String listing(CheckContext context) {
        Reply reply = Market.anonymous(context).get("/api/listings/1").send();
        Json listing = reply.json();
        boolean priced = listing.get("price").number().filter(price -> price.compareTo(new BigDecimal("240")) == 0).isPresent();
        if (reply.status() != 200 || !"Olympus OM-1 body, serviced".equals(listing.get("title").text("")) || !priced
                || !HANA.equals(listing.get("seller").get("displayName").text(""))
                || !"hana".equals(listing.get("seller").get("username").text(""))) {
            return "GET /api/listings/1 answered " + reply.status() + " without its title, price and the seller's username and"
                    + " displayName: " + abbreviated(reply);
        }
        return null;
    }

    private static String reviews(CheckContext context) {
        Reply reply = Market.anonymous(context).get("/api/users/hana/reviews").send();
        List<Json> reviews = reply.json().items();
        if (reply.status() != 200 || reviews.size() != 2 || reviews.getFirst().get("stars").integer().orElse(0L) != 5
                || !reviews.getFirst().get("text").text("").contains("as described")
                || !OMAR.equals(reviews.getFirst().get("author").get("displayName").text(""))) {
            return "GET /api/users/hana/reviews answered " + reply.status() + " without Hana's two reviews, their stars, text and"
                    + " the author's displayName: " + abbreviated(reply);
        }
        Reply expanded = Market.anonymous(context).get("/api/listings/3").query("expand", "reviews").send();
        if (expanded.status() != 200 || !HANA.equals(expanded.json().get("reviews").get(0).get("author").get("displayName").text(""))) {
            return "GET /api/listings/3?expand=reviews answered " + expanded.status() + " without the seller's review by Hana"
                    + " and her displayName: " + abbreviated(expanded);
        }
        return null;
    }

    private static String search(CheckContext context) {
        Reply members = Market.anonymous(context).get("/api/users").query("q", "haddad").send();
        if (members.status() != 200 || !OMAR.equals(members.json().get(0).get("displayName").text(""))
                || !"omar".equals(members.json().get(0).get("username").text(""))) {
            return "GET /api/users?q=haddad answered " + members.status() + " without Omar's username and displayName: " + abbreviated(members);
        }
        Reply listings = Market.anonymous(context).get("/api/listings").query("q", "pentax").send();
        Json first = listings.json().get(0);
        if (listings.status() != 200 || !first.get("title").text("").startsWith("Pentax K1000")
                || !OMAR.equals(first.get("seller").get("displayName").text(""))) {
            return "GET /api/listings?q=pentax answered " + listings.status() + " without the Pentax listing and its seller's"
                    + " displayName: " + abbreviated(listings);
        }
        return null;
    }

    private static String following(CheckContext context) {
        Reply reply = Market.as(context, "li").get("/api/me/following").send();
        Set<String> names = reply.json().items().stream().map(member -> member.get("displayName").text("")).collect(Collectors.toSet());
        if (reply.status() != 200 || !names.equals(Set.of(HANA, OMAR))) {
            return "GET /api/me/following as Li answered " + reply.status() + " without the displayName of the two members she"
                    + " follows: " + abbreviated(reply);
        }
        return null;
    }

    private static String me(CheckContext context) {
        Reply reply = Market.as(context, "hana").get("/api/me").send();
        Json me = reply.json();
        String email = "hana." + context.secret("hana-email") + "@example.net";
        if (reply.status() != 200 || !email.equals(me.get("email").text("")) || !"+44 7700 900412".equals(me.get("phone").text(""))
                || !me.get("streetAddress").text("").contains("Harbour Road") || !HANA.equals(me.get("displayName").text(""))) {
            return "GET /api/me as Hana answered " + reply.status() + " without her own displayName, email, phone and"
                    + " streetAddress: " + abbreviated(reply);
        }
        return null;
    }

    private static String abbreviated(Reply reply) {
        String body = reply.body();
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
