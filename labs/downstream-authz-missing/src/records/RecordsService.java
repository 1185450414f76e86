package records;

import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

/**
 * The internal records service: it keeps the documents. Only the gateway calls it; with each request the gateway's
 * RecordsClient sends the user it authenticated in the X-Authenticated-User header.
 */
public class RecordsService implements LabService {

    @Override
    public Router start(ServiceContext context) {
        return new RecordsApi(new DocumentStore()).routes(new Router());
    }
}
