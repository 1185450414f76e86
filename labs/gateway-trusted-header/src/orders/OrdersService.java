package orders;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Database;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Incoming;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.sql.SQLException;
import java.util.List;

/**
 * The internal orders service. It is not exposed to the internet: the gateway authenticates users and
 * forwards their requests here. CallerIdentity tells it which user a request acts for; every query is scoped
 * to that user.
 */
public class OrdersService implements LabService {

    private Database db;
    private CallerIdentity identity;

    @Override
    public Router start(ServiceContext context) throws Exception {
        db = Database.memory("orders");
        db.run("CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, user_id VARCHAR(40) NOT NULL, "
                + "item VARCHAR(200) NOT NULL, quantity INT NOT NULL, note VARCHAR(1000) NOT NULL)");
        insert("ceo", "Standing desk", 1, "Deliver to the office");
        insert("ceo", "Engagement ring", 1, context.secret("ceo-order-note"));
        identity = new CallerIdentity(context);
        return new Router()
                .get("/orders", request -> Answer.json(Json.of(
                        query("SELECT * FROM orders WHERE user_id = ? ORDER BY id", user(request)))))
                .post("/orders", request -> {
                    String user = user(request);
                    Json body = request.json();
                    String item = body.get("item").text("");
                    long quantity = body.get("quantity").isMissing() ? 1 : body.get("quantity").integer().orElse(0L);
                    String note = body.get("note").text("");
                    if (item.isBlank() || item.length() > 200 || quantity < 1 || quantity > 1000 || note.length() > 1000) {
                        throw HttpError.badRequest("item: 1 to 200 characters; quantity: 1 to 1000; note: up to 1000 characters");
                    }
                    return Answer.json(201, insert(user, item, (int) quantity, note));
                })
                .get("/orders/{id}", request -> {
                    String user = user(request);
                    return query("SELECT * FROM orders WHERE id = ? AND user_id = ?", request.longParam("id"), user).stream()
                            .findFirst().map(Answer::json).orElseThrow(() -> HttpError.notFound("order not found"));
                });
    }

    /** The user the request acts for; 401 when CallerIdentity names none. */
    private String user(Incoming request) {
        return identity.userId(request.exchange()).orElseThrow(() -> HttpError.unauthorized("no authenticated user"));
    }

    private Json insert(String userId, String item, int quantity, String note) throws SQLException {
        long id = db.insert("INSERT INTO orders (user_id, item, quantity, note) VALUES (?, ?, ?, ?)", userId, item, quantity, note);
        return json(new Order(id, userId, item, quantity, note));
    }

    private List<Json> query(String sql, Object... parameters) throws SQLException {
        return db.query(sql, row -> json(new Order(row.getLong("id"), row.getString("user_id"), row.getString("item"),
                row.getInt("quantity"), row.getString("note"))), parameters);
    }

    private static Json json(Order order) {
        return Json.object("id", order.id(), "userId", order.userId(), "item", order.item(), "quantity", order.quantity(),
                "note", order.note());
    }
}
