package reporting;

import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

/**
 * The internal reporting service: every workspace's invoices and the export jobs run over them. Only services inside
 * the network reach it; the public API calls it on behalf of its users.
 */
public class ReportingService implements LabService {

    @Override
    public Router start(ServiceContext context) {
        ReportingController reports = new ReportingController(new Invoices(), new Jobs());
        return new Router()
                .post("/invoices", reports::recordInvoice)
                .get("/invoices", reports::invoices)
                .post("/exports", reports::export)
                .get("/jobs/{id}", reports::job);
    }
}
