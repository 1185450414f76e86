package checks;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.check.Call;
import dev.fixpoint.lab.check.Client;
import dev.fixpoint.lab.check.Reply;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The catalogue as the checks read it: the JSON list (/api/products) and the CSV feed (/api/products/export). */
final class Catalogue {

    static final String LIST = "/api/products";
    static final String FEED = "/api/products/export";

    /** The demo catalogue has twelve products (data.sql); every list below asks for a page that holds them all. */
    static final int PRODUCTS = 12;

    /** A product as the catalogue answers it. */
    record Row(long id, String name, String category, BigDecimal price, BigDecimal rating) {
    }

    private final Client shop;

    Catalogue(CheckContext context) {
        this.shop = Client.of(context, "shop");
    }

    /** A request to {@code endpoint} with the sort and direction given (null: left out), for a page with every product. */
    Call sorted(String endpoint, String sort, String dir) {
        Call call = shop.get(endpoint);
        if (sort != null) {
            call = call.query("sort", sort);
        }
        if (dir != null) {
            call = call.query("dir", dir);
        }
        return endpoint.equals(LIST) ? call.query("size", 50) : call;
    }

    /** The products of a 200 answer, in their order, from JSON or CSV; empty for any other answer. */
    static Optional<List<Row>> rows(Reply reply) {
        if (reply.status() != 200) {
            return Optional.empty();
        }
        Json json = reply.json();
        if (!json.isMissing()) {
            List<Row> rows = new ArrayList<>();
            for (Json item : json.get("items").items()) {
                rows.add(new Row(item.get("id").integer().orElse(-1L), item.get("name").text(""), item.get("category").text(""),
                        item.get("price").number().orElse(null), item.get("rating").number().orElse(null)));
            }
            return Optional.of(rows);
        }
        String[] lines = reply.body().strip().split("\r?\n");
        if (lines.length == 0 || !lines[0].startsWith("id,")) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",");
            if (fields.length != 5) {
                return Optional.empty();
            }
            try {
                rows.add(new Row(Long.parseLong(fields[0].strip()), fields[1], fields[2], new BigDecimal(fields[3].strip()),
                        new BigDecimal(fields[4].strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(rows);
    }

    /** The ids of a 200 answer's products, in their order; empty for any other answer. */
    static Optional<List<Long>> ids(Reply reply) {
        return rows(reply).map(rows -> rows.stream().map(Row::id).toList());
    }
}
