package payouts;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

/**
 * The internal payouts service: each user's earnings, e-mail and payout account. It changes them only by consuming the
 * account-events topic, which the queue pushes to POST /deliveries; the portal reads a user's books and opens new ones.
 */
public class PayoutsService implements LabService {

    @Override
    public Router start(ServiceContext context) {
        Payees payees = new Payees();
        EventHandler events = new EventHandler(context, payees);
        return new Router()
                .post("/deliveries", request -> events.handle(request.json()))
                .post("/users", request -> {
                    String username = request.json().get("username").text("");
                    if (username.isBlank() || !payees.create(username)) {
                        throw HttpError.conflict("the user exists");
                    }
                    return Answer.json(201, payees.json(username));
                })
                .get("/users/{username}", request -> Answer.json(payees.json(request.param("username"))));
    }
}
