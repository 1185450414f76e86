package dev.fixpoint.lab.check;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;

/** A check context for SDK tests: records what is sent and answers every request with one response. */
final class AnsweringContext implements CheckContext {

    final List<Request> sent = new ArrayList<>();
    final List<String> services = new ArrayList<>();
    Response answer = new Response(200, Map.of("Content-Type", "application/json"), "{\"token\":\"t0k\",\"id\":9}", false);
    private final Map<String, String> params;
    private final Map<String, String> secrets;

    AnsweringContext() {
        this(Map.of(), Map.of());
    }

    AnsweringContext(Map<String, String> params, Map<String, String> secrets) {
        this.params = params;
        this.secrets = secrets;
    }

    @Override
    public Response send(String service, Request request) {
        services.add(service);
        sent.add(request);
        return answer;
    }

    @Override
    public String secret(String name) {
        String value = secrets.get(name);
        if (value == null) {
            throw new java.util.NoSuchElementException("no secret " + name);
        }
        return value;
    }

    @Override
    public Map<String, String> params() {
        return params;
    }

    @Override
    public RandomGenerator random() {
        return new Random(1);
    }
}
