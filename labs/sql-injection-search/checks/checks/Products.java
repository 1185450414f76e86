package checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Adding and searching products through the shop's API, as the functional checks do. */
final class Products {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Products() {
    }

    static Response add(CheckContext context, String name) throws IOException {
        ObjectNode product = JSON.createObjectNode().put("name", name).put("description", "added by a check").put("price", "12.50");
        return context.send("shop", Request.postJson("/products", JSON.writeValueAsString(product)));
    }

    static JsonNode search(CheckContext context, String text) throws IOException {
        Response response = context.send("shop", Request.get("/products/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
        if (response.status() != 200) {
            return null;
        }
        JsonNode results = JSON.readTree(response.body());
        return results.isArray() ? results : null;
    }

    static boolean containsName(JsonNode results, String name) {
        if (results == null) {
            return false;
        }
        for (JsonNode product : results) {
            if (name.equals(product.path("name").asText())) {
                return true;
            }
        }
        return false;
    }
}
