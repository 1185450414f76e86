package checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

import java.io.IOException;

/** Asking the chat app for a link preview, as its web and mobile clients do. */
final class Previews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Previews() {
    }

    static Response request(CheckContext context, String url) throws IOException {
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("url", url));
        return context.send("app", Request.postJson("/previews", body));
    }

    /** The preview card as JSON, or null when the app answered with an error or something else than JSON. */
    static JsonNode card(Response response) {
        if (response.status() != 200) {
            return null;
        }
        try {
            JsonNode card = JSON.readTree(response.body());
            return card != null && card.isObject() ? card : null;
        } catch (IOException e) {
            return null;
        }
    }
}
