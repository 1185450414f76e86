package shop;

import dev.fixpoint.kit.Accounts;
import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Database;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * The public shop: customers sign up (and get a wallet with 100.00 of welcome credit), log in, buy gift cards and
 * vouchers with their wallet credit, and send credit to friends. The money itself lives in the internal wallet service.
 */
public class ShopService implements LabService {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    @Override
    public Router start(ServiceContext context) throws SQLException {
        Accounts accounts = new Accounts("customer");
        Catalog catalog = new Catalog();
        Vouchers vouchers = new Vouchers(Database.memory("shop"));
        WalletClient wallet = new WalletClient(context.peer("wallet"));
        Checkout checkout = new Checkout(wallet, vouchers);

        Router router = new Router().post("/signup", request -> {
            Json body = request.json();
            String name = body.get("username").text("");
            String password = body.get("password").text("");
            if (!NAME.matcher(name).matches()) {
                throw HttpError.badRequest("username: 3 to 40 lower-case letters, digits, '.', '_' or '-'");
            }
            if (password.length() < 8 || password.length() > 72) {
                throw HttpError.badRequest("password: 8 to 72 characters");
            }
            if (!accounts.add(name, password, "customer")) {
                throw HttpError.conflict("username taken");
            }
            wallet.open(name);
            return Answer.json(201, "username", name);
        });
        accounts.routes(router, "/signup", "/login");
        return router
                .get("/catalog", request -> Answer.json(Json.of(catalog.items().stream()
                        .map(item -> Json.object("id", item.id(), "name", item.name(), "price", item.price())).toList())))
                .get("/wallet", request -> {
                    String customer = accounts.require(request).name();
                    return Answer.json(200, "customer", customer, "balance", wallet.balance(customer));
                })
                .get("/vouchers", request -> Answer.json(Json.of(vouchers.of(accounts.require(request).name()))))
                .post("/checkout", request -> {
                    String customer = accounts.require(request).name();
                    String id = request.json().get("item").text("");
                    Item item = catalog.find(id).orElseThrow(() -> HttpError.notFound("no such item: see GET /catalog"));
                    return checkout.checkout(customer, item);
                })
                .post("/gifts", request -> {
                    String customer = accounts.require(request).name();
                    Json body = request.json();
                    String friend = body.get("to").text("");
                    long amount = body.get("amount").integer().orElse(0L);
                    if (!NAME.matcher(friend).matches() || friend.equals(customer)) {
                        throw HttpError.badRequest("to: another customer's username");
                    }
                    if (amount < 1 || amount > 1_000_000) {
                        throw HttpError.badRequest("amount: a whole number of cents from 1 to 1000000");
                    }
                    return checkout.gift(customer, friend, amount);
                });
    }
}
