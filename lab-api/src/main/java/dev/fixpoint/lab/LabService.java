package dev.fixpoint.lab;

import com.sun.net.httpserver.HttpHandler;

/**
 * One service of a lab: a component with its own identity, reachable over HTTP.
 *
 * <p>The platform binds a port on loopback for each service declared in {@code lab.yaml}, calls
 * {@link #start} once, and routes every request for that service to the returned handler. A service
 * reaches the other services of its lab through {@link ServiceContext#peer(String)}.
 */
public interface LabService {

    /**
     * Prepares the service (seed its data, read its secrets) and returns the handler for its requests.
     *
     * @param context this service's name, its per-run secrets and the addresses of its peers
     * @return the handler that serves every request sent to this service
     * @throws Exception if the service cannot start; the submission is then reported as crashed
     */
    HttpHandler start(ServiceContext context) throws Exception;
}
