package gateway;

import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

/**
 * The public API gateway: users sign up and log in here, and the /api/... routes of DocumentRoutes serve their
 * documents from the internal records service.
 */
public class GatewayService implements LabService {

    @Override
    public Router start(ServiceContext context) {
        Accounts accounts = new Accounts("member");
        Router router = accounts.routes(new Router(), "/signup", "/login");
        return new DocumentRoutes(accounts, new RecordsClient(context.peer("records"))).routes(router);
    }
}
