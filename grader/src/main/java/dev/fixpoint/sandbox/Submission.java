package dev.fixpoint.sandbox;

import java.util.Map;

/**
 * What a worker receives: compiled classes and the services to start. Never checks or their payloads.
 *
 * @param secrets       per-run secrets the services see
 * @param services      service name to the class implementing it, in start order
 * @param classes       binary class name to class file bytes
 * @param resources     resource name to content, which the submission's class loader serves (a configuration runtime's
 *                      editable files)
 * @param requestMillis the longest one relayed request may take
 */
public record Submission(Map<String, String> secrets, Map<String, String> services, Map<String, byte[]> classes,
                         Map<String, byte[]> resources, int requestMillis) {

    public Submission {
        resources = Map.copyOf(resources);
    }
}
