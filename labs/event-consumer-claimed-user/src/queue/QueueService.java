package queue;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.HttpError;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The cluster's message queue, in memory: services publish messages (headers and a JSON payload) to a topic, the queue
 * keeps them in the topic's log and pushes each to the topic's subscriber at once, over HTTP, answering the publisher
 * with the offset and how the delivery went. Any workload in the cluster may publish and read the log.
 */
public class QueueService implements LabService {

    /** A message in a topic's log. */
    private record Message(long offset, Json headers, Json payload) {
        Json json(String topic) {
            return Json.object("topic", topic, "offset", offset, "headers", headers, "payload", payload);
        }
    }

    private final Map<String, List<Message>> topics = Map.of("account-events", new CopyOnWriteArrayList<>());
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    @Override
    public Router start(ServiceContext context) {
        Map<String, URI> subscribers = Map.of("account-events", URI.create(context.peer("payouts") + "/deliveries"));
        return new Router()
                .post("/topics/{topic}/messages", request -> {
                    String topic = request.param("topic");
                    List<Message> log = log(topic);
                    Json body = request.json();
                    Json headers = body.get("headers").isMissing() ? Json.object() : body.get("headers");
                    if (headers.kind() != Json.Kind.OBJECT || body.get("payload").kind() != Json.Kind.OBJECT) {
                        throw HttpError.badRequest("a message: {\"headers\": {...}, \"payload\": {...}}");
                    }
                    Message message;
                    synchronized (log) {
                        message = new Message(log.size() + 1, headers, body.get("payload"));
                        log.add(message);
                    }
                    Json delivery = deliver(subscribers.get(topic), message.json(topic));
                    return Answer.json(202, "topic", topic, "offset", message.offset(), "delivery", delivery);
                })
                .get("/topics/{topic}/messages", request -> {
                    String topic = request.param("topic");
                    return Answer.json(Json.of(log(topic).stream().map(message -> message.json(topic)).toList()));
                });
    }

    private List<Message> log(String topic) {
        List<Message> log = topics.get(topic);
        if (log == null) {
            throw HttpError.notFound("no such topic");
        }
        return log;
    }

    /** Pushes a message to the subscriber: its status and answer. */
    private Json deliver(URI subscriber, Json message) {
        HttpRequest request = HttpRequest.newBuilder(subscriber)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return Json.object("status", response.statusCode(), "answer", Json.tryParse(response.body()).orElse(Json.MISSING));
        } catch (IOException | IllegalArgumentException e) {
            return Json.object("status", 0, "answer", Json.object("error", "the subscriber is unreachable"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Json.object("status", 0, "answer", Json.object("error", "interrupted"));
        }
    }
}
