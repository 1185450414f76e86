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

/**
 * The portal's write endpoints. Each turns the request into an account event and publishes it on the queue's
 * account-events topic, which the payouts service consumes; the answer says whether it was applied.
 *
 * <p>An event is about the caller and nobody else: the portal builds it from the session, the fields its type needs
 * and a fresh event id, and signs it with the key it shares with the payouts service.
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
        Json body = ownRequest(caller, request);
        return publish(caller, "profile.updated", "email", body.get("email"));
    }

    /** POST /api/payout-account: {@code {"userId", "iban"}}, the bank account earnings are paid to. */
    public Answer changePayoutAccount(Account caller, Incoming request) {
        Json body = ownRequest(caller, request);
        return publish(caller, "payout-account.changed", "iban", body.get("iban"));
    }

    /** POST /api/payouts: {@code {"userId", "amount"}}, pays out that many cents of the user's earnings. */
    public Answer requestPayout(Account caller, Incoming request) {
        Json body = ownRequest(caller, request);
        return publish(caller, "payout.requested", "amount", body.get("amount"));
    }

    /** POST /api/client-events: the web app's own events ({@code ui.tour-completed}, ...); only ui.* types pass. */
    public Answer relayClientEvent(Account caller, Incoming request) {
        Json body = ownRequest(caller, request);
        String type = body.get("type").text("");
        if (!type.startsWith("ui.") || type.length() > 60) {
            throw HttpError.badRequest("type: a ui.* event of the web app");
        }
        return publish(caller, type, "data", body.get("data"));
    }

    /** The event: its id, type, the caller as its user and one field; signed over the payload as it is written. */
    private Answer publish(Account caller, String type, String field, Json value) {
        Json event = Json.object("type", type, "userId", caller.name(), field, value);
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

    /** The request's body; the web app's userId may only name the caller (the mobile app sends none). */
    private static Json ownRequest(Account caller, Incoming request) {
        Json body = request.json();
        if (body.kind() != Json.Kind.OBJECT) {
            throw HttpError.badRequest("the body must be a JSON object");
        }
        Json userId = body.get("userId");
        if (!userId.isMissing() && !userId.text("").equals(caller.name())) {
            throw HttpError.forbidden("you can only change your own account");
        }
        return body;
    }
}
