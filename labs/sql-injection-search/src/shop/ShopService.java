package shop;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Database;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The shop's catalogue: search and add products. */
public class ShopService implements LabService {

    @Override
    public Router start(ServiceContext context) throws Exception {
        Database db = Database.memory("shop");
        db.run("CREATE TABLE products (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(200) NOT NULL, "
                        + "description VARCHAR(1000), price DECIMAL(10, 2) NOT NULL, published BOOLEAN NOT NULL)",
                "CREATE TABLE users (username VARCHAR(100) PRIMARY KEY, api_key VARCHAR(100) NOT NULL)");
        String insert = "INSERT INTO products (name, description, price, published) VALUES (?, ?, ?, ?)";
        db.update(insert, "Espresso cup", "Porcelain, 80 ml", new BigDecimal("9.50"), true);
        db.update(insert, "Coffee grinder", "Conical burrs, 40 settings", new BigDecimal("129.00"), true);
        db.update(insert, "Milk jug", "Stainless steel, 350 ml", new BigDecimal("19.90"), true);
        db.update(insert, context.secret("unreleased-product"), "Launches next quarter", new BigDecimal("499.00"), false);
        db.update("INSERT INTO users VALUES (?, ?)", "admin", context.secret("admin-api-key"));

        ProductRepository products = new ProductRepository(db.url());
        return new Router()
                .get("/products/search", request -> {
                    try {
                        // One product at a time, as the repository's list gives them: it may be lazy.
                        List<Json> found = new ArrayList<>();
                        for (Product product : products.search(request.query("q").orElse(""))) {
                            found.add(json(product));
                        }
                        return Answer.json(200, Json.of(found));
                    } catch (SQLException e) {
                        throw new HttpError(500, "database error");
                    }
                })
                .post("/products", request -> {
                    Json body = request.json();
                    Json price = body.get("price");
                    try {
                        return Answer.json(201, json(products.add(body.get("name").text(""), body.get("description").text(""),
                                price.number().orElseGet(() -> new BigDecimal(price.text("0"))))));
                    } catch (NumberFormatException e) {
                        throw HttpError.badRequest("price: a number");
                    } catch (SQLException e) {
                        throw new HttpError(500, "database error");
                    }
                });
    }

    private static Json json(Product product) {
        return Json.object("id", product.id(), "name", product.name(), "description", product.description(),
                "price", product.price());
    }
}
