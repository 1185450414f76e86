package portal;

import dev.fixpoint.kit.Accounts.Account;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.ServiceContext;

/**
 * The portal's write endpoints. Each turns the request into an account event and publishes it on the queue's
 * account-events topic, which the payouts service consumes; the answer says whether it was applied.
 */
public class EventsController {

    private final Backends backends;

    public EventsController(ServiceContext context, Backends backends) {
        this.backends = backends;
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
        return backends.publish(Json.object("headers", headers(), "payload", withUser(caller, event)));
    }

    private Answer publish(Account caller, String type, Json body) {
        Json event = withUser(caller, body.with("type", type));
        return backends.publish(Json.object("headers", headers(), "payload", event));
    }

    /** The web app sends the userId of the account it shows; the mobile app does not, and edits the caller's own. */
    private static Json withUser(Account caller, Json event) {
        return event.get("userId").isMissing() ? event.with("userId", caller.name()) : event;
    }

    private static Json headers() {
        return Json.object("content-type", "application/json", "producer", "portal");
    }

    private static Json object(Incoming request) {
        Json body = request.json();
        if (body.kind() != Json.Kind.OBJECT) {
            throw HttpError.badRequest("the body must be a JSON object");
        }
        return body;
    }
}
