package dev.fixpoint.lab.host;

import com.sun.net.httpserver.HttpHandler;
import dev.fixpoint.lab.LabService;
import dev.fixpoint.lab.ServiceContext;

/**
 * A service that serves HTTP itself, on the loopback port the host chose for it: a Spring Boot application with its
 * embedded server. Requests reach it unchanged, with no handler of the host in between. Runtimes implement it; lab
 * authors never do.
 */
public interface ListeningService extends LabService {

    /**
     * Starts serving on {@code 127.0.0.1:port}, and returns once the service answers there.
     *
     * @throws Exception if the service cannot start; the submission is then reported as crashed
     */
    void listen(ServiceContext context, int port) throws Exception;

    /** Stops serving. */
    void stop();

    /** Never called: the host calls {@link #listen} instead. */
    @Override
    default HttpHandler start(ServiceContext context) {
        throw new UnsupportedOperationException("a listening service is started with listen(context, port)");
    }
}
