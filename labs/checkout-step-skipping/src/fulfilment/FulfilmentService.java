package fulfilment;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;
import payments.PaymentsClient;

/**
 * The internal fulfilment service: the warehouse ships orders that the shop (and the marketplace connector, for
 * orders placed on partner marketplaces) sends it. ShipmentDesk decides whether a shipment goes out.
 */
public class FulfilmentService implements LabService {

    @Override
    public Router start(ServiceContext context) {
        Warehouse warehouse = new Warehouse();
        ShipmentDesk desk = new ShipmentDesk(warehouse, new PaymentsClient(context.peer("payments"), context.secret("merchant-key")));
        return new Router()
                .post("/shipments", request -> Answer.json(201, desk.ship(request.json()).json()))
                .get("/shipments", request -> {
                    String customer = request.query("customer").orElseThrow(() -> HttpError.badRequest("customer: whose shipments"));
                    return Answer.json(Json.of(warehouse.of(customer).stream().map(Warehouse.Shipment::json).toList()));
                });
    }
}
