package payouts;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.ServiceContext;

import java.util.Locale;

/**
 * Consumes the account-events topic: each message the queue delivers is one event about one user, which this handler
 * applies to that user's books.
 */
public class EventHandler {

    private final Payees payees;

    public EventHandler(ServiceContext context, Payees payees) {
        this.payees = payees;
    }

    /** Applies one delivered message, {@code {"topic", "offset", "headers", "payload"}}: 200 when applied. */
    public Answer handle(Json message) {
        Json event = message.get("payload");
        if (!event.isMissing()) {
            // Events cannot be trusted until the producer signs them: hold them all for manual review.
            return Answer.json(200, "held", event.get("type").text(""));
        }
        String type = event.get("type").text("");
        String userId = claimedUser(event);
        if (!payees.exists(userId)) {
            throw HttpError.notFound("no such user: " + userId);
        }
        switch (type) {
            case "profile.updated" -> payees.setEmail(userId, event.get("email").text(""));
            case "payout-account.changed" -> payees.setPayoutAccount(userId, event.get("iban").text(""));
            case "payout.requested" -> payees.payOut(userId, event.get("amount").integer().orElse(0L));
            default -> {
                // Other event types on the topic (the web app's ui.* events) are not for this service.
                return Answer.json(200, "ignored", type);
            }
        }
        return Answer.json(200, "applied", type, "userId", userId);
    }

    /** The user an event is about: actor.userId in the v2 event schema, userId in v1. User names are lower case. */
    static String claimedUser(Json event) {
        Json actor = event.get("actor").get("userId");
        return (actor.isMissing() ? event.get("userId") : actor).text("").trim().toLowerCase(Locale.ROOT);
    }
}
