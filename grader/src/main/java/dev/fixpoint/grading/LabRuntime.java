package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;

import java.nio.file.Path;
import java.util.List;

/**
 * How the services of a lab's runtime are compiled and hosted. The "java" runtime hosts plain services on the
 * JDK's HTTP server; other runtimes (a Spring Boot one) plug in here without changing the lab format.
 */
interface LabRuntime {

    /** The runtime's name as written under {@code runtime:} in lab.yaml. */
    String name();

    /** The jars lab code and checks compile and run against, besides the lab API. */
    List<Path> libraries(Lab lab);

    /** The worker's class path for this lab: the worker, the lab API and the libraries. */
    List<Path> workerClassPath(Lab lab);
}
