package notes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Notes by id: note 1 is private, the others public. */
public class NotesService implements LabService {

    @Override
    public HttpHandler start(ServiceContext context) {
        NoteStore store = new NoteStore(context.secret("private-note"));
        return exchange -> answer(exchange, store);
    }

    private static void answer(HttpExchange exchange, NoteStore store) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String text = path.startsWith("/notes/") ? store.read(path.substring("/notes/".length())) : null;
        byte[] body = (text == null ? "not found" : text).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(text == null ? 404 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
