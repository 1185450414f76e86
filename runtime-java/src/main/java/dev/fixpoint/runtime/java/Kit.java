package dev.fixpoint.runtime.java;

import dev.fixpoint.kit.Answer;
import dev.fixpoint.kit.Router;
import dev.fixpoint.lab.Json;

/** Warms the service kit: its router's patterns and JSON both ways, which every request of a kit lab goes through. */
final class Kit {

    private Kit() {
    }

    static void run(int rounds) {
        // Loads the router and compiles a template's pattern, as a lab's start() does.
        new Router().get("/items/{id}", request -> Answer.json(200, "id", request.longParam("id")));
        for (int i = 0; i < rounds; i++) {
            Json json = Json.parse("{\"name\":\"warm\",\"n\":" + i + ",\"tags\":[true,null,1.5]}");
            Answer.json(Json.object("echo", json.get("name").text(""), "items", json.get("tags").items()));
        }
    }
}
