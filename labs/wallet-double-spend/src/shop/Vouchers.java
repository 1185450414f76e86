package shop;

import dev.fixpoint.kit.Database;
import dev.fixpoint.lab.Json;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/** The vouchers the shop has shipped: each a code the customer redeems with the merchant. */
public final class Vouchers {

    private final Database db;
    private final SecureRandom random = new SecureRandom();

    public Vouchers(Database db) throws SQLException {
        this.db = db;
        db.run("CREATE TABLE voucher (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer VARCHAR(40) NOT NULL, "
                + "item VARCHAR(40) NOT NULL, price BIGINT NOT NULL, code VARCHAR(40) NOT NULL)");
    }

    /** Ships a voucher for {@code item}, paid, to {@code customer}: its id, item, price and code. */
    public Json issue(String customer, Item item) throws SQLException {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        String code = HexFormat.of().withUpperCase().formatHex(bytes);
        long id = db.insert("INSERT INTO voucher (customer, item, price, code) VALUES (?, ?, ?, ?)", customer, item.id(), item.price(), code);
        return Json.object("id", id, "item", item.id(), "price", item.price(), "code", code);
    }

    /** The customer's vouchers, oldest first. */
    public List<Json> of(String customer) throws SQLException {
        return db.query("SELECT id, item, price, code FROM voucher WHERE customer = ? ORDER BY id",
                row -> Json.object("id", row.getLong("id"), "item", row.getString("item"), "price", row.getLong("price"),
                        "code", row.getString("code")), customer);
    }
}
