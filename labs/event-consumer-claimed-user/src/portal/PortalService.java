package portal;

import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.util.regex.Pattern;

/**
 * The public portal of a referral programme: users sign up, log in, and manage their contact e-mail, the bank account
 * their earnings are paid to, and payouts. Every change is published as an event on the cluster's queue, and the
 * internal payouts service applies it.
 */
public class PortalService implements LabService {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    @Override
    public Router start(ServiceContext context) {
        Accounts accounts = new Accounts("user");
        Backends backends = new Backends(context.peer("queue"), context.peer("payouts"));
        EventsController events = new EventsController(context, backends);
        Router router = new Router();
        router.post("/signup", request -> {
            Json body = request.json();
            String name = body.get("username").text("");
            String password = body.get("password").text("");
            if (!NAME.matcher(name).matches()) {
                throw HttpError.badRequest("username: 3 to 40 lower-case letters, digits, '.', '_' or '-'");
            }
            if (password.length() < 8 || password.length() > 72) {
                throw HttpError.badRequest("password: 8 to 72 characters");
            }
            if (!accounts.add(name, password, "user")) {
                throw HttpError.conflict("username taken");
            }
            backends.open(name);
            return Answer.json(201, "username", name);
        });
        accounts.routes(router, "/signup", "/login");
        return router
                .get("/api/me", request -> Answer.json(backends.books(accounts.require(request).name())))
                .post("/api/profile", request -> events.updateProfile(accounts.require(request), request))
                .post("/api/payout-account", request -> events.changePayoutAccount(accounts.require(request), request))
                .post("/api/payouts", request -> events.requestPayout(accounts.require(request), request))
                .post("/api/client-events", request -> events.relayClientEvent(accounts.require(request), request));
    }
}
