package shop;

import catalog.Catalog;
import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;
import payments.PaymentsClient;

/**
 * The public shop: customers fill an order, pay for it at the payment provider, confirm the payment here and have the
 * order shipped by the internal fulfilment service. Checkout decides what each step does.
 */
public class ShopService implements LabService {

    @Override
    public Router start(ServiceContext context) {
        Accounts accounts = new Accounts("customer");
        Orders orders = new Orders();
        FulfilmentClient fulfilment = new FulfilmentClient(context.peer("fulfilment"));
        Checkout checkout = new Checkout(new PaymentsClient(context.peer("payments"), context.secret("merchant-key")), fulfilment);
        return accounts.routes(new Router(), "/signup", "/login")
                .get("/catalog", request -> Answer.json(Json.of(Catalog.products().stream().map(Catalog.Product::json).toList())))
                .post("/orders", request -> Answer.json(201, orders.create(accounts.require(request).name()).json()))
                .get("/orders", request -> Answer.json(Json.of(orders.of(accounts.require(request).name()).stream().map(Order::json).toList())))
                .get("/orders/{id}", request -> Answer.json(orders.find(request.longParam("id"), accounts.require(request).name()).json()))
                .post("/orders/{id}/items", request -> {
                    Order order = orders.find(request.longParam("id"), accounts.require(request).name());
                    Json body = request.json();
                    Catalog.Product product = Catalog.find(body.get("sku").text(""))
                            .orElseThrow(() -> HttpError.notFound("no such product: see GET /catalog"));
                    long quantity = body.get("quantity").isMissing() ? 1 : body.get("quantity").integer().orElse(0L);
                    if (quantity < 1 || quantity > 100) {
                        throw HttpError.badRequest("quantity: 1 to 100");
                    }
                    checkout.addItem(order, product, (int) quantity);
                    return Answer.json(order.json());
                })
                .post("/orders/{id}/transitions", request -> {
                    Order order = orders.find(request.longParam("id"), accounts.require(request).name());
                    Json body = request.json();
                    checkout.transition(order, body.get("to").text(""), body);
                    return Answer.json(order.json());
                })
                .get("/parcels", request -> Answer.json(fulfilment.shipmentsOf(accounts.require(request).name())));
    }
}
