package wallet;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Database;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.sql.SQLException;

/**
 * The internal wallet: every customer's store credit, in cents, and the ledger of what moved. Only services inside
 * the network reach it; the shop calls it for balances, payments (debits) and transfers between customers.
 */
public class WalletService implements LabService {

    /** What a new wallet holds: the 100.00 welcome credit. */
    static final long WELCOME_CREDIT = 10_000;

    @Override
    public Router start(ServiceContext context) throws SQLException {
        Database db = Database.memory("wallet");
        db.run("SET DEFAULT_LOCK_TIMEOUT 10000",
                "CREATE TABLE account (customer VARCHAR(40) PRIMARY KEY, balance BIGINT NOT NULL)",
                "CREATE TABLE entry (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer VARCHAR(40) NOT NULL, "
                        + "amount BIGINT NOT NULL, reference VARCHAR(200) NOT NULL)");
        FraudScreen fraud = new FraudScreen();
        Ledger ledger = new Ledger(db, fraud);
        return new Router()
                .post("/accounts", request -> {
                    String customer = request.json().get("customer").text("");
                    if (customer.isBlank() || customer.length() > 40) {
                        throw HttpError.badRequest("customer: 1 to 40 characters");
                    }
                    if (db.query("SELECT customer FROM account WHERE customer = ?", row -> row.getString(1), customer).size() > 0) {
                        throw HttpError.conflict("the customer has a wallet");
                    }
                    db.update("INSERT INTO account (customer, balance) VALUES (?, ?)", customer, WELCOME_CREDIT);
                    db.insert("INSERT INTO entry (customer, amount, reference) VALUES (?, ?, ?)", customer, WELCOME_CREDIT, "welcome credit");
                    return Answer.json(201, "customer", customer, "balance", WELCOME_CREDIT);
                })
                .get("/accounts/{customer}", request -> {
                    String customer = request.param("customer");
                    return Answer.json(200, "customer", customer, "balance", ledger.balance(customer));
                })
                .get("/accounts/{customer}/entries", request -> Answer.json(Json.of(db.query(
                        "SELECT amount, reference FROM entry WHERE customer = ? ORDER BY id",
                        row -> Json.object("amount", row.getLong(1), "reference", row.getString(2)), request.param("customer")))))
                // The fraud screen's audit trail: how many of the customer's payments it reviewed.
                .get("/accounts/{customer}/reviews", request -> Answer.json(200, "customer", request.param("customer"),
                        "reviews", fraud.reviews(request.param("customer"))))
                .post("/accounts/{customer}/debits", request -> {
                    Json body = request.json();
                    long amount = amount(body);
                    long balance = ledger.debit(request.param("customer"), amount, reference(body));
                    return Answer.json(201, "amount", amount, "balance", balance);
                })
                .post("/transfers", request -> {
                    Json body = request.json();
                    String from = body.get("from").text("");
                    String to = body.get("to").text("");
                    if (from.isBlank() || to.isBlank() || from.equals(to)) {
                        throw HttpError.badRequest("from and to: two different customers");
                    }
                    long amount = amount(body);
                    long balance = ledger.transfer(from, to, amount, reference(body));
                    return Answer.json(201, "from", from, "to", to, "amount", amount, "balance", balance);
                });
    }

    /** A payment's amount: a whole number of cents, at least 1. */
    private static long amount(Json body) {
        long amount = body.get("amount").integer().orElse(0L);
        if (amount < 1) {
            throw HttpError.badRequest("amount: a whole number of cents, at least 1");
        }
        return amount;
    }

    private static String reference(Json body) {
        String reference = body.get("reference").text("");
        return reference.length() > 200 ? reference.substring(0, 200) : reference;
    }
}
