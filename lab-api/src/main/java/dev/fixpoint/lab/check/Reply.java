package dev.fixpoint.lab.check;

import dev.fixpoint.lab.Json;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;
import dev.fixpoint.lab.SetupFailedException;

import java.util.Arrays;
import java.util.Optional;

/**
 * A service's answer to a {@link Call}, with the request that got it.
 *
 * @param response the HTTP response
 * @param request  the request as sent
 */
public record Reply(Response response, Request request) {

    public int status() {
        return response.status();
    }

    public String body() {
        return response.body();
    }

    public boolean isSuccess() {
        return response.isSuccess();
    }

    /** A header's value, looked up without regard to case. */
    public Optional<String> header(String name) {
        return response.header(name);
    }

    /** The body as JSON; {@link Json#MISSING} when it is not JSON, so that a check reads fields without a try. */
    public Json json() {
        return Json.tryParse(response.body()).orElse(Json.MISSING);
    }

    /** Whether the body or a header holds {@code text}. */
    public boolean contains(String text) {
        return response.body().contains(text) || response.headers().values().stream().anyMatch(value -> value.contains(text));
    }

    /**
     * This reply, if its status is one of {@code statuses} (any 2xx when none are given).
     *
     * @param step what the request was for, for the message: "signing Alice up"
     * @throws SetupFailedException naming the step, the request and the status otherwise
     */
    public Reply expect(String step, int... statuses) throws SetupFailedException {
        boolean ok = statuses.length == 0 ? isSuccess() : Arrays.stream(statuses).anyMatch(status -> status == status());
        if (!ok) {
            throw new SetupFailedException(step + ": " + request.method() + " " + request.target() + " answered " + status());
        }
        return this;
    }

    /**
     * A field of the JSON body that a step needs, such as the id of a record it created.
     *
     * @param step what the request was for, for the message
     * @throws SetupFailedException when the body is not JSON or has no such field
     */
    public Json need(String step, String field) throws SetupFailedException {
        Json value = json().get(field);
        if (value.isMissing() || value.kind() == Json.Kind.NULL) {
            throw new SetupFailedException(step + ": " + request.method() + " " + request.target() + " answered " + status()
                    + " without a '" + field + "' field");
        }
        return value;
    }
}
