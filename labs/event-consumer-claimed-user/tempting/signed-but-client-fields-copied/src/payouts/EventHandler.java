package payouts;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.ServiceContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Consumes the account-events topic: each message the queue delivers is one event about one user, which this handler
 * applies to that user's books.
 *
 * <p>Only events the portal signed are applied, each once: anyone in the cluster can publish to the queue, and a
 * message captured from its log can be published again.
 */
public class EventHandler {

    private final Payees payees;
    private final SecretKeySpec signingKey;
    private final Set<String> consumed = ConcurrentHashMap.newKeySet();

    public EventHandler(ServiceContext context, Payees payees) {
        this.payees = payees;
        this.signingKey = new SecretKeySpec(context.secret("event-signing-key").getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Applies one delivered message, {@code {"topic", "offset", "headers", "payload"}}: 200 when applied. */
    public Answer handle(Json message) {
        Json event = message.get("payload");
        if (!signedByPortal(event, message.get("headers").get("signature").text(""))) {
            throw HttpError.forbidden("the event is not signed by the portal");
        }
        String eventId = event.get("eventId").text("");
        if (eventId.isEmpty() || !consumed.add(eventId)) {
            throw HttpError.conflict("the event was consumed before");
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
        return (actor.isMissing() ? event.get("userId") : actor).text("").trim().toLowerCase(java.util.Locale.ROOT);
    }

    private boolean signedByPortal(Json event, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(signingKey);
            byte[] expected = mac.doFinal(event.toString().getBytes(StandardCharsets.UTF_8));
            byte[] given = Base64.getUrlDecoder().decode(signature);
            return event.kind() == Json.Kind.OBJECT && MessageDigest.isEqual(expected, given);
        } catch (IllegalArgumentException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing", e);
        }
    }
}
