package chat;

import chat.net.Dns;
import chat.net.HttpFetcher;
import chat.net.SimulatedNetwork;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.util.Map;

/** The chat app's API, as far as this lab goes: link previews for the messages users post. */
public class ChatService implements LabService {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public HttpHandler start(ServiceContext context) {
        Dns dns = new Dns(SimulatedNetwork.forLab(context));
        LinkPreviewer previewer = new LinkPreviewer(dns, new HttpFetcher(dns));
        return exchange -> route(exchange, previewer);
    }

    private void route(HttpExchange exchange, LinkPreviewer previewer) throws IOException {
        if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/previews")) {
            send(exchange, 404, Map.of("error", "not found"));
            return;
        }
        JsonNode body;
        try {
            body = json.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            send(exchange, 400, Map.of("error", "the body must be JSON: {\"url\": \"...\"}"));
            return;
        }
        String url = body == null ? "" : body.path("url").asText("");
        if (url.isBlank()) {
            send(exchange, 400, Map.of("error", "url is required"));
            return;
        }
        try {
            send(exchange, 200, previewer.preview(url));
        } catch (InvalidLinkException e) {
            send(exchange, 400, Map.of("error", String.valueOf(e.getMessage())));
        } catch (IOException | RuntimeException e) {
            send(exchange, 502, Map.of("error", "could not fetch the link: " + e.getMessage()));
        }
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
