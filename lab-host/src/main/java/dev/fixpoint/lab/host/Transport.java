package dev.fixpoint.lab.host;

import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;

/** Carries a check's request to a service: straight over loopback, or through the sandbox worker. */
@FunctionalInterface
public interface Transport {

    /** @throws dev.fixpoint.lab.ServiceUnreachableException when no response arrives */
    Response exchange(String service, Request request);
}
