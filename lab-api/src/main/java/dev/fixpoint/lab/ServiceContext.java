package dev.fixpoint.lab;

import java.net.URI;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What a lab service is given when it starts.
 *
 * @param name    the service's name as declared in {@code lab.yaml}
 * @param secrets values generated afresh for every run (keys as declared under {@code secrets:})
 * @param peers   the base URI of every service of the lab, this one included
 */
public record ServiceContext(String name, Map<String, String> secrets, Map<String, URI> peers) {

    public ServiceContext {
        secrets = Map.copyOf(secrets);
        peers = Map.copyOf(peers);
    }

    /**
     * Returns the per-run secret declared under {@code key}.
     *
     * @throws NoSuchElementException if the lab declares no such secret
     */
    public String secret(String key) {
        String value = secrets.get(key);
        if (value == null) {
            throw new NoSuchElementException("no secret '" + key + "' is declared in lab.yaml (declared: " + secrets.keySet() + ")");
        }
        return value;
    }

    /**
     * Returns the base URI (for example {@code http://127.0.0.1:41234}) of another service of the lab.
     *
     * @throws NoSuchElementException if the lab declares no such service
     */
    public URI peer(String service) {
        URI uri = peers.get(service);
        if (uri == null) {
            throw new NoSuchElementException("no service '" + service + "' is declared in lab.yaml (declared: " + peers.keySet() + ")");
        }
        return uri;
    }
}
