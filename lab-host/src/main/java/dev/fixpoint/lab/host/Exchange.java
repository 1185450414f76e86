package dev.fixpoint.lab.host;

import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/**
 * One request a check sent and what came back, for the transcript shown when an exploit gets through.
 *
 * @param service  the service the request went to
 * @param request  the request as sent
 * @param response the response, or {@code null} when none came
 * @param error    why no response came, or {@code null}
 */
public record Exchange(String service, Request request, Response response, String error) {
}
