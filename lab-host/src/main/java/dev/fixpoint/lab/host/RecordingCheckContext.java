package dev.fixpoint.lab.host;

import dev.fixpoint.lab.CheckContext;
import dev.fixpoint.lab.Request;
import dev.fixpoint.lab.Response;
import dev.fixpoint.lab.ServiceUnreachableException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The context one check runs in: it enforces which services the check may reach and records every exchange.
 */
public final class RecordingCheckContext implements CheckContext {

    private final Transport transport;
    private final Set<String> reachable;
    private final Map<String, String> secrets;
    private final Map<String, String> params;
    private final RandomGenerator random;
    // Race checks send from several threads at once.
    private final List<Exchange> transcript = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * @param reachable the services this check may send to (public ones only, for a check from outside)
     */
    public RecordingCheckContext(Transport transport, Set<String> reachable, Map<String, String> secrets,
                                 Map<String, String> params, RandomGenerator random) {
        this.transport = transport;
        this.reachable = Set.copyOf(reachable);
        this.secrets = Map.copyOf(secrets);
        this.params = Map.copyOf(params);
        this.random = random;
    }

    @Override
    public Response send(String service, Request request) {
        if (!reachable.contains(service)) {
            throw new IllegalArgumentException("this check cannot reach service '" + service + "' (reachable: " + reachable + ")");
        }
        try {
            Response response = transport.exchange(service, request);
            transcript.add(new Exchange(service, request, response, null));
            return response;
        } catch (ServiceUnreachableException e) {
            transcript.add(new Exchange(service, request, null, e.getMessage()));
            throw e;
        }
    }

    @Override
    public String secret(String name) {
        String value = secrets.get(name);
        if (value == null) {
            throw new NoSuchElementException("no secret '" + name + "' is declared in lab.yaml");
        }
        return value;
    }

    @Override
    public Map<String, String> params() {
        return params;
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    /** The exchanges so far, oldest first. */
    public List<Exchange> transcript() {
        return List.copyOf(transcript);
    }
}
