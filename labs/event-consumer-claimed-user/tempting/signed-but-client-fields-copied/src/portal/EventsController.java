package portal;

import dev.fixpoint.kit.Accounts.Account;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.ServiceContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

/**
 * The portal's write endpoints. Each turns the request into an account event and publishes it on the queue's
 * account-events topic, which the payouts service consumes; the answer says whether it was applied.
 */
public class EventsController {

    private final Backends backends;
    private final SecretKeySpec signingKey;

    public EventsController(ServiceContext context, Backends backends) {
        this.backends = backends;
        this.signingKey = new SecretKeySpec(context.secret("event-signing-key").getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** POST /api/profile: {@code {"userId", "email"}}, the contact e-mail. */
    public Answer updateProfile(Account caller, Incoming request) {
        return publish(caller, "profile.updated", object(request));
    }

    /** POST /api/payout-account: {@code {"userId", "iban"}}, the bank account earnings are paid to. */
    public Answer changePayoutAccount(Account caller, Incoming request) {
        return publish(caller, "payout-account.changed", object(request));
    }

    /** POST /api/payouts: {@code {"userId", "amount"}}, pays out that many cents of the user's earnings. */
    public Answer requestPayout(Account caller, Incoming request) {
        return publish(caller, "payout.requested", object(request));
    }

    /** POST /api/client-events: the web app's own events ({@code ui.tour-completed}, ...), published as they come. */
    public Answer relayClientEvent(Account caller, Incoming request) {
        Json event = object(request);
        if (event.get("type").text("").isEmpty()) {
            throw HttpError.badRequest("type: the event's type");
        }
        return publish(caller, event.get("type").text(""), event);
    }

    /** The request as the event, with a fresh id, its type and the caller as its user; signed over the payload. */
    private Answer publish(Account caller, String type, Json body) {
        Json event = body.with("eventId", UUID.randomUUID().toString()).with("type", type).with("userId", caller.name());
        Json headers = Json.object("content-type", "application/json", "producer", "portal", "signature", sign(event.toString()));
        return backends.publish(Json.object("headers", headers, "payload", event));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(signingKey);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing", e);
        }
    }

    private static Json object(Incoming request) {
        Json body = request.json();
        if (body.kind() != Json.Kind.OBJECT) {
            throw HttpError.badRequest("the body must be a JSON object");
        }
        return body;
    }
}
